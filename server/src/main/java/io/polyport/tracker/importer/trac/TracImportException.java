package io.polyport.tracker.importer.trac;

/** Why an environment cannot be imported, in one line for the operator; nothing has been written when thrown. */
public final class TracImportException extends RuntimeException {
    public TracImportException(String message) {
        super(message);
    }

    public TracImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
