package io.polyport.plugins.patchwork.ingest;

/** A mail whose message id the project already holds. */
public final class DuplicateMailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateMailException(String msgid) {
        super("a mail with message id " + msgid + " is already filed");
    }
}
