package io.polyport.testkit.protocol;

import java.util.Objects;

/** What a call came to, as the client sees it: a result or an error. */
public sealed interface Outcome {

    /** The call returned {@code value}, a neutral value. */
    record Returned(Object value) implements Outcome {
    }

    /**
     * The call failed.
     *
     * @param code    the error's code in the protocol's own form (see {@link ProtocolAdapter#errorCode})
     * @param message the message the client shows
     */
    record Failed(String code, String message) implements Outcome {
        public Failed {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    static Outcome returned(Object value) {
        return new Returned(value);
    }

    static Outcome failed(String code, String message) {
        return new Failed(code, message);
    }
}
