package io.polyport.core.invoke;

import io.polyport.core.error.ErrorCode;

/**
 * The gateway's view of every call the {@link Invoker} makes, nested ones included (each sub-call of
 * {@code system.multicall}, each element of a JSON-RPC batch): where per-call policy such as rate limits and
 * per-method metrics live, so that protocols stay free of them. Reached through {@link CallContext#observer()}.
 */
public interface CallObserver {
    /** Observes nothing and refuses nothing. */
    CallObserver NONE = new CallObserver() {
    };

    /**
     * Runs before the invoker looks up {@code methodName}; throws an {@link io.polyport.core.error.RpcException}
     * to refuse the call (e.g. {@link ErrorCode#RATE_LIMITED}).
     */
    default void beforeCall(String methodName) {
    }

    /**
     * Runs after a call ended: {@code method} is the published method's name, or null when no such method exists;
     * {@code failure} is null when the call succeeded.
     */
    default void afterCall(String method, long nanos, ErrorCode failure) {
    }
}
