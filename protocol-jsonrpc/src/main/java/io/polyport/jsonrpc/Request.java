package io.polyport.jsonrpc;

/**
 * One call as read from the body (or from an item of Trac's {@code system.multicall}), before validation.
 * Members keep their decoded JSON values, whatever their type, so the dispatcher can judge them.
 *
 * @param dialect   how to answer it
 * @param method    the {@code method} member, or null when absent
 * @param hasParams whether the {@code params} member was present
 * @param params    the {@code params} member, or null
 * @param hasId     whether the {@code id} member was present (a JSON-RPC 2.0 request without one is a notification)
 * @param id        the {@code id} member, echoed in the response
 * @param problem   why the request cannot be served at all (unparseable, not an object), or null
 */
record Request(Dialect dialect, Object method, boolean hasParams, Object params, boolean hasId, Object id,
               RpcError problem) {

    /** A request that failed before it could be read; answered with {@code problem} and id null. */
    static Request failed(Dialect dialect, RpcError problem) {
        return new Request(dialect, null, false, null, false, null, problem);
    }

    /** Whether the caller expects no response (JSON-RPC 2.0 without id). */
    boolean isNotification() {
        return dialect == Dialect.V2 && !hasId;
    }
}
