package io.polyport.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.Test;

/** Batching does not multiply a rate limit: every batch element and multicall sub-call pays one call. */
class BatchRateLimitHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void batchElementsAndMulticallSubCallsEachPayOneCall() throws Exception {
        Config config = Config.defaults().with("server", "rateLimitPerSecond", 0.05).with("server", "rateLimitBurst", 5);
        try (TestServer server = TestServer.start(config)) {
            server.addUser("alice", "alice-pw", "XML_RPC");
            server.addUser("bob", "bob-pw", "XML_RPC");
            StringBuilder batch = new StringBuilder("[");
            for (int i = 1; i <= 8; i++) {
                batch.append(i > 1 ? "," : "").append("{\"jsonrpc\": \"2.0\", \"method\": \"system.getAPIVersion\", "
                        + "\"params\": [], \"id\": ").append(i).append('}');
            }
            HttpResponse<String> answer = server.post("/login/rpc", "application/json", batch.append(']').toString(),
                    "alice", "alice-pw");
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode elements = JSON.readTree(answer.body());
            assertThat(elements).hasSize(8);
            for (int i = 0; i < 8; i++) {
                if (i < 5) {
                    assertThat(elements.get(i).has("result")).as("element %d", i + 1).isTrue();
                } else {
                    assertThat(elements.get(i).path("error").path("code").asInt()).as("element %d", i + 1)
                            .isEqualTo(429);
                }
            }
            assertThat(answer.headers().firstValue("RateLimit-Limit")).hasValue("5");
            assertThat(answer.headers().firstValue("RateLimit-Remaining")).hasValue("0");
            assertThat(answer.headers().firstValue("RateLimit-Reset")).isPresent();
            HttpResponse<String> refused = server.post("/login/rpc", "application/json",
                    "{\"method\": \"system.getAPIVersion\", \"id\": 1}", "alice", "alice-pw");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();

            XmlRpcClient bob = server.xmlRpcClient("/login/rpc", "bob", "bob-pw");
            Map<String, Object> call = Map.of("methodName", "system.getAPIVersion", "params", new Object[0]);
            Object[] results = (Object[]) bob.execute("system.multicall",
                    new Object[] {new Object[] {call, call, call, call, call}});
            assertThat(List.of(results).subList(0, 4)).allSatisfy(result -> assertThat(result).isInstanceOf(
                    Object[].class));
            assertThat(results[4]).isInstanceOfSatisfying(Map.class,
                    fault -> assertThat(fault.get("faultCode")).isEqualTo(429));
        }
    }
}
