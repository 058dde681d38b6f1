package io.polyport.plugins.rt.form;

/** A request's text that is not an RT form; the message is the offending line. */
public final class RtSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RtSyntaxException(String line) {
        super(line);
    }
}
