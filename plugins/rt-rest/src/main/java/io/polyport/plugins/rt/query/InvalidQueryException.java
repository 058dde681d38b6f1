package io.polyport.plugins.rt.query;

/** A TicketSQL query that cannot be parsed or translated; the message is plain text for the client. */
public final class InvalidQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
