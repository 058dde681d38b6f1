package io.polyport.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.spi.ExampleRequest;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.Protocol;
import io.polyport.core.spi.RpcExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-RPC as Trac's RPC plugin speaks it (1.0-style {@code {"method", "params", "id"}} requests, class hints for
 * date-times and binaries, Trac's response layout) plus JSON-RPC 2.0 (batches, notifications, named
 * parameters). Reads and writes with Jackson's streaming API; every call goes through the invoker.
 */
public final class JsonRpcProtocol implements Protocol {
    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcProtocol.class);
    private static final String MEDIA_TYPE = "application/json";
    private static final byte[] NO_BODY = new byte[0];

    /** The factory for the limits last seen; rebuilt only when a gateway brings other limits. */
    private final AtomicReference<LimitedFactory> factory = new AtomicReference<>();

    private record LimitedFactory(Limits limits, JsonFactory json) {
    }

    @Override
    public String name() {
        return "JSON-RPC";
    }

    @Override
    public Set<String> paths() {
        return Set.of("/jsonrpc");
    }

    @Override
    public Set<String> contentTypes() {
        return Set.of(MEDIA_TYPE);
    }

    @Override
    public void handle(RpcExchange exchange, Gateway gateway) throws IOException {
        JsonFactory json = factoryFor(gateway.limits());
        String contentType = exchange.contentType().isEmpty() ? MEDIA_TYPE : exchange.contentType();
        byte[] answer;
        try {
            answer = answer(exchange, gateway, json);
        } catch (RuntimeException e) {
            LOG.error("request {}: JSON-RPC call failed", exchange.context().requestId(), e);
            RpcError internal = new RpcError(RpcError.TRAC_GENERIC_CODE,
                    "Internal error (request " + exchange.context().requestId() + ")");
            answer = new ResponseWriter(json).write(List.of(new Response(Dialect.TRAC, null, null, internal)), false);
        }
        exchange.respond(answer == NO_BODY ? 204 : 200, contentType, answer);
    }

    /** The response body, or {@link #NO_BODY} when every request was a notification. */
    private static byte[] answer(RpcExchange exchange, Gateway gateway, JsonFactory json) {
        ParsedBody body = new RequestReader(json, gateway.limits().maxBatchSize()).read(exchange.body());
        CallDispatcher dispatcher = new CallDispatcher(gateway, exchange.context());
        List<Response> responses = new ArrayList<>(body.requests().size());
        for (Request request : body.requests()) {
            dispatcher.answer(request).ifPresent(responses::add);
        }
        return responses.isEmpty() ? NO_BODY : new ResponseWriter(json).write(responses, body.batch());
    }

    private JsonFactory factoryFor(Limits limits) {
        LimitedFactory current = factory.get();
        if (current == null || !current.limits().equals(limits)) {
            current = new LimitedFactory(limits, JsonFactories.create(limits));
            factory.set(current);
        }
        return current.json();
    }

    @Override
    public String description() {
        return """
                JSON-RPC over HTTP POST with `Content-Type: application/json`, compatible with Trac's RPC plugin. \
                A request is an object `{"method": "ticket.get", "params": [1], "id": 1}`; the response is \
                `{"result": ..., "error": null, "id": 1}`, or `{"result": null, "id": 1, "error": {"name": \
                "JSONRPCError", "code": 404, "message": "..."}}` on failure. Errors use HTTP status 200.

                ```
                curl -u user:password -H 'Content-Type: application/json' \\
                     -d '{"method": "system.getAPIVersion", "params": [], "id": 1}' \\
                     http://localhost:8080/login/jsonrpc
                ```

                JSON has no date-time or binary type, so both travel as class hints: \
                `{"__jsonclass__": ["datetime", "2026-05-01T12:00:00"]}` and \
                `{"__jsonclass__": ["binary", "<base64>"]}`. Date-times are sent in UTC without a zone suffix, \
                with six fraction digits only when there are microseconds; on input a date alone, `T`, `t`, `_` \
                or a space before the time, a fraction of any length and `Z` or an `+HH:MM` offset are accepted \
                (no offset means UTC). An unknown class or an unreadable value is error -32700. Responses are \
                ASCII with `\\uXXXX` escapes.

                JSON-RPC 2.0 works too: a request with `"jsonrpc": "2.0"` gets a 2.0 response, an array of \
                requests is a batch answered by an array, and requests without `id` are notifications that get \
                no response (HTTP 204 when nothing is left to answer). `params` may be an object: its members are \
                bound to the method's parameters by name (Trac instead passes the member names as positional \
                arguments), and omitted optional parameters take their defaults. `system.multicall` takes Trac's \
                form, a list of `{"method", "params", "id"}` objects answered by one full response per call \
                (an item without `id` inherits the outer one), as well as the XML-RPC form.""";
    }

    @Override
    public Optional<String> exampleRequest(MethodDescriptor method) {
        return Optional.of(ExampleRequests.forMethod(method));
    }

    @Override
    public List<ExampleRequest> examples(MethodDescriptor method, MethodRegistry registry) {
        return List.of(new ExampleRequest("JSON-RPC 1.0 (Trac)", "POST", "/jsonrpc", MEDIA_TYPE,
                        ExampleRequests.forMethod(method)),
                new ExampleRequest("JSON-RPC 2.0", "POST", "/jsonrpc", MEDIA_TYPE, ExampleRequests.version2(method)));
    }

    @Override
    public Optional<String> errorForm(ErrorCode code) {
        return Optional.of("error.code " + code.jsonRpcCode() + " (HTTP 200)");
    }
}
