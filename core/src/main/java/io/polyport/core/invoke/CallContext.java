package io.polyport.core.invoke;

import java.util.Objects;

/**
 * One call's circumstances: who calls, over which protocol, and a request id that ties log lines together.
 * A service method receives it by declaring a parameter of this type (or of type {@link Caller}); such
 * parameters are supplied by the invoker and are not part of the published signature. The {@code observer} is the
 * gateway's hook into every call (rate limits, metrics); it is not for services.
 */
public record CallContext(Caller caller, String protocol, String requestId, CallObserver observer) {
    public CallContext {
        Objects.requireNonNull(caller);
        Objects.requireNonNull(protocol);
        Objects.requireNonNull(requestId);
        Objects.requireNonNull(observer);
    }

    /** A context whose calls nobody observes. */
    public CallContext(Caller caller, String protocol, String requestId) {
        this(caller, protocol, requestId, CallObserver.NONE);
    }
}
