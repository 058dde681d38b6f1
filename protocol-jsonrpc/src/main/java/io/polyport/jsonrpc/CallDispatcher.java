package io.polyport.jsonrpc;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.spi.Gateway;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the requests of one exchange through the invoker: validates each request, calls the method with
 * positional ({@code params} array) or named ({@code params} object) arguments, and turns the outcome into a
 * {@link Response}. It also serves Trac's JSON form of {@code system.multicall}, the one method a protocol
 * looks at by name.
 */
final class CallDispatcher {
    static final String MULTICALL = "system.multicall";
    private static final RpcError MISSING_ITEM_PARAMS =
            new RpcError(RpcError.TRAC_GENERIC_CODE, "Missing 'params' in " + MULTICALL + " item");

    private final Gateway gateway;
    private final CallContext context;

    CallDispatcher(Gateway gateway, CallContext context) {
        this.gateway = gateway;
        this.context = context;
    }

    /** The response to {@code request}, or empty for a JSON-RPC 2.0 notification that was served. */
    Optional<Response> answer(Request request) {
        RpcError problem = request.problem() != null ? request.problem() : validate(request);
        if (problem != null) {
            return Optional.of(Response.failure(request, problem));
        }
        Response response;
        try {
            response = Response.success(request, call(request));
        } catch (RpcException e) {
            response = Response.failure(request, RpcError.from(e));
        }
        return request.isNotification() ? Optional.empty() : Optional.of(response);
    }

    private static RpcError validate(Request request) {
        Object method = request.method();
        if (method == null) {
            return request.dialect() == Dialect.V2 ? RpcError.invalidRequest("missing method name")
                    : new RpcError(RpcError.TRAC_GENERIC_CODE, "Missing method name");
        }
        if (!(method instanceof String)) {
            return RpcError.invalidRequest("method must be a string");
        }
        Object params = request.params();
        if (params != null && !(params instanceof List) && !(params instanceof Map)) {
            return RpcError.invalidRequest("params must be an array or an object");
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private Object call(Request request) {
        String method = (String) request.method();
        Object params = request.params();
        rejectBigIntegers(params);
        if (params instanceof Map<?, ?> named) {
            return gateway.invoker().invokeNamed(context, method, (Map<String, ?>) named);
        }
        List<?> positional = params == null ? List.of() : (List<?>) params;
        if (MULTICALL.equals(method) && isTracMulticall(positional)) {
            return multicall(positional, request);
        }
        return gateway.invoker().invoke(context, method, positional);
    }

    /** Integers beyond 64 bits may be ids, echoed as sent, but no service takes one as an argument. */
    private static void rejectBigIntegers(Object value) {
        if (value instanceof BigInteger) {
            throw new RpcException(ErrorCode.INVALID_PARAMS, "an integer argument is out of the 64-bit range");
        }
        if (value instanceof Collection<?> items) {
            items.forEach(CallDispatcher::rejectBigIntegers);
        } else if (value instanceof Map<?, ?> members) {
            members.values().forEach(CallDispatcher::rejectBigIntegers);
        }
    }

    /**
     * Trac's form lists the calls themselves as {@code params}: {@code [{method, params, id}, ...]}. The XML-RPC
     * form passes one array of {@code {methodName, params}} structs, which the core's multicall serves.
     */
    private static boolean isTracMulticall(List<?> params) {
        for (Object item : params) {
            if (!(item instanceof Map<?, ?> call) || call.containsKey("methodName")) {
                return false;
            }
        }
        return true;
    }

    /** One full envelope per call, in order; an item's id defaults to the multicall's own id. */
    private List<Response> multicall(List<?> calls, Request outer) {
        int limit = gateway.limits().maxBatchSize();
        if (calls.size() > limit) {
            throw new RpcException(ErrorCode.LIMIT_EXCEEDED, MULTICALL + " may hold at most " + limit + " calls");
        }
        List<Response> responses = new ArrayList<>(calls.size());
        for (Object item : calls) {
            Map<?, ?> members = (Map<?, ?>) item;
            Request call = new Request(outer.dialect(), members.get("method"), members.containsKey("params"),
                    members.get("params"), true, members.containsKey("id") ? members.get("id") : outer.id(), null);
            responses.add(call.hasParams() || !isPublished(call.method()) ? answer(call).orElseThrow()
                    : Response.failure(call, MISSING_ITEM_PARAMS));
        }
        return responses;
    }

    /** Trac reports an unknown method in a multicall item before it misses the item's params. */
    private boolean isPublished(Object method) {
        return method instanceof String name && gateway.registry().find(name).isPresent();
    }
}
