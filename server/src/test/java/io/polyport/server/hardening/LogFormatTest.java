package io.polyport.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.server.config.LoggingConfig;
import io.polyport.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code logging.format: json}: one JSON object per line, access lines with their fields. */
class LogFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonFormatWritesOneObjectPerLineWithTheAccessFields() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            new LoggingConfig("json").apply();
            try (TestServer server = TestServer.start()) {
                server.post("/login/rpc", "application/json", "{\"method\": \"system.getAPIVersion\", \"id\": 1}",
                        "admin", TestServer.ADMIN_PASSWORD);
            }
            context.stop();
        } finally {
            System.setErr(original);
            context.reset();
            new ContextInitializer(context).autoConfig();
        }
        Optional<Map<String, String>> access = Optional.empty();
        for (String line : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.has("timestamp") && event.has("level")).as(line).isTrue();
            if (event.path("loggerName").asText().equals("polyport.access")) {
                access = Optional.of(fields(event.path("kvpList")));
            }
        }
        assertThat(access).hasValueSatisfying(fields -> assertThat(fields)
                .containsEntry("user", "admin").containsEntry("protocol", "JSON-RPC")
                .containsEntry("rpcMethod", "system.getAPIVersion").containsEntry("status", "200")
                .containsKeys("requestId", "durationMicros", "address", "path"));
    }

    /** The key-value pairs, whether written as one object or as a list of one-member objects. */
    private static Map<String, String> fields(JsonNode kvp) {
        Map<String, String> fields = new HashMap<>();
        for (JsonNode node : kvp.isArray() ? kvp : JSON.createArrayNode().add(kvp)) {
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
        }
        return fields;
    }
}
