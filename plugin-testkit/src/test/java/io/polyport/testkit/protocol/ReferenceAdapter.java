package io.polyport.testkit.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The adapter of {@link ReferenceProtocol}: the example of what a protocol author writes. */
class ReferenceAdapter implements ProtocolAdapter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public WireRequest encode(String method, List<?> args) {
        String body = KitJson.NODES.objectNode().put("method", method).set("params", KitJson.node(args)).toString();
        return WireRequest.post("application/x-kit-json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Outcome decode(WireResponse response, ValueType returnType) throws Exception {
        JsonNode answer = JSON.readTree(response.body());
        if (answer.has("error")) {
            return Outcome.failed(answer.get("error").get("code").asText(), answer.get("error").get("message").asText());
        }
        return Outcome.returned(KitJson.neutral(answer.get("result"), false));
    }

    @Override
    public String errorCode(ErrorCode code, Caller caller) {
        return code.name();
    }
}
