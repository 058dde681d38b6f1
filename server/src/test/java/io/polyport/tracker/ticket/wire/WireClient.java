package io.polyport.tracker.ticket.wire;

import java.util.List;

/**
 * One RPC protocol as a client sees it. Results come back normalised (arrays as lists, structs as maps,
 * date-times as instants, binaries as byte arrays) so one scenario runs over every protocol.
 */
interface WireClient {
    /** Calls {@code method} as {@code user}; throws {@link Fault} for a fault or error response. */
    Object call(String user, String method, Object... params);

    /** A fault or error response: the protocol's code and message. */
    final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        Fault(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** The protocol's name, for test display names. */
    String name();

    @SuppressWarnings("unchecked")
    default List<Object> list(String user, String method, Object... params) {
        return (List<Object>) call(user, method, params);
    }
}
