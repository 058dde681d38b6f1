package io.polyport.jsonrpc;

/**
 * One response envelope: either a result or an error, for the request with {@code id}.
 *
 * @param dialect the shape to write it in
 * @param id      the request's id, or null
 * @param result  the neutral result value (ignored when {@code error} is set); may hold nested responses for
 *                Trac's {@code system.multicall}
 * @param error   the error, or null on success
 */
record Response(Dialect dialect, Object id, Object result, RpcError error) {

    static Response success(Request request, Object result) {
        return new Response(request.dialect(), request.id(), result, null);
    }

    static Response failure(Request request, RpcError error) {
        return new Response(request.dialect(), request.id(), null, error);
    }
}
