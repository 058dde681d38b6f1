package io.polyport.plugins.patchwork.mail;

/** A mail that cannot be filed: unparsable, or lacking a header Patchwork requires. */
public final class MalformedMailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedMailException(String message) {
        super(message);
    }

    public MalformedMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
