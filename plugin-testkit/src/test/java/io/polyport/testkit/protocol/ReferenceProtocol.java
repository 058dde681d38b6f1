package io.polyport.testkit.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Protocol;
import io.polyport.core.spi.RpcExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A minimal JSON protocol that passes the kit, and, with a {@link Defect}, one that a check must catch:
 * {@code {"method": "m", "params": [...]}} in, {@code {"result": ...}} or {@code {"error": {"code", "message"}}} out.
 */
final class ReferenceProtocol implements Protocol {
    /** A mistake the kit must find. */
    enum Defect { NONE, LEAKS_EXCEPTIONS, IGNORES_REFUSAL_STATUS, ACCEPTS_HUGE_NUMBERS, SHARES_STATE, HIDES_DENIALS }

    private final Defect defect;
    private volatile List<Object> lastArgs;

    ReferenceProtocol(Defect defect) {
        this.defect = defect;
    }

    @Override
    public String name() {
        return "KitJSON";
    }

    @Override
    public Set<String> paths() {
        return Set.of("/kitjson");
    }

    @Override
    public Set<String> contentTypes() {
        return Set.of("application/x-kit-json");
    }

    @Override
    public void handle(RpcExchange exchange, Gateway gateway) {
        ObjectNode answer = KitJson.NODES.objectNode();
        try {
            JsonNode request = KitJson.mapper(gateway.limits()).readTree(exchange.body());
            if (request == null || !request.path("method").isTextual() || !request.path("params").isArray()) {
                throw new RpcException(ErrorCode.INVALID_REQUEST, "expected {\"method\": ..., \"params\": [...]}");
            }
            @SuppressWarnings("unchecked")
            List<Object> args = (List<Object>) KitJson.neutral(request.get("params"),
                    defect != Defect.ACCEPTS_HUGE_NUMBERS);
            answer.set("result", KitJson.node(gateway.invoker().invoke(exchange.context(),
                    request.get("method").asText(), sharedIfDefective(args))));
        } catch (RpcException e) {
            if (defect == Defect.HIDES_DENIALS && e.code() == ErrorCode.PERMISSION_DENIED) {
                answer.set("result", KitJson.NODES.nullNode());
            } else {
                answer.set("error", error(e.code(), e.getMessage()));
            }
        } catch (IOException | RuntimeException e) {
            boolean parse = e instanceof IOException;
            String message = defect == Defect.LEAKS_EXCEPTIONS ? e.toString() : parse ? "unreadable JSON" : "internal";
            answer.set("error", error(parse ? ErrorCode.PARSE_ERROR : ErrorCode.INTERNAL, message));
        }
        exchange.respond(200, "application/x-kit-json", answer.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void rejectRequest(RpcExchange exchange, int status, String message) {
        exchange.respond(defect == Defect.IGNORES_REFUSAL_STATUS ? 200 : status, "application/x-kit-json",
                error(ErrorCode.INVALID_REQUEST, message).toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The arguments, passed through a field all threads share when the protocol is defective. */
    private List<Object> sharedIfDefective(List<Object> args) {
        if (defect != Defect.SHARES_STATE) {
            return args;
        }
        lastArgs = args;
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lastArgs;
    }

    private static ObjectNode error(ErrorCode code, String message) {
        return KitJson.NODES.objectNode().put("code", code.name()).put("message", message);
    }
}
