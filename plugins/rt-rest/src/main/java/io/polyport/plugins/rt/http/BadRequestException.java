package io.polyport.plugins.rt.http;

/** A request that cannot be read at all (a malformed form or multipart body); answered with RT's 400. */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
