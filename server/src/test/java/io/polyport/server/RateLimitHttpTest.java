package io.polyport.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-caller rate limit through the real server: 429 with Retry-After in each protocol's form. */
class RateLimitHttpTest {
    private static final int PER_SECOND = 5;
    private static final String API_VERSION_JSON = "{\"method\": \"system.getAPIVersion\", \"params\": [], \"id\": 1}";
    private static final String API_VERSION_XML = "<?xml version='1.0'?>\n<methodCall>"
            + "<methodName>system.getAPIVersion</methodName><params></params></methodCall>";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Config.defaults().with("server", "rateLimitPerSecond", PER_SECOND));
        for (String user : List.of("alice", "bob", "carol", "dave")) {
            server.addUser(user, user + "-pw", "XML_RPC", "TICKET_VIEW");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> restGet(String user) {
        return server.send(HttpRequest.newBuilder(server.uri("/rest/tickets"))
                .header("Authorization", TestServer.basic(user, user + "-pw")).GET().build());
    }

    /** Sends requests until one is refused, and returns all answers. */
    private static List<HttpResponse<String>> burst(java.util.function.Supplier<HttpResponse<String>> call) {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 4 * PER_SECOND && (answers.isEmpty() || answers.get(answers.size() - 1)
                .statusCode() != 429); i++) {
            answers.add(call.get());
        }
        return answers;
    }

    @Test
    void restBurstOverTheLimitGets429ProblemThenRecovers() throws Exception {
        List<HttpResponse<String>> answers = burst(() -> restGet("alice"));
        HttpResponse<String> refused = answers.get(answers.size() - 1);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(answers.subList(0, answers.size() - 1)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200))
                .hasSizeGreaterThanOrEqualTo(PER_SECOND);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asText()).isEqualTo("Too Many Requests");
        assertThat(problem.get("detail").asText()).startsWith("Too many requests: at most 5 per second");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 2L);

        assertThat(restGet("bob").statusCode()).isEqualTo(200);

        Thread.sleep(retryAfter * 1000);
        assertThat(restGet("alice").statusCode()).isEqualTo(200);
    }

    @Test
    void rpcProtocolsGetAnHttp429WithRetryAfter() {
        List<HttpResponse<String>> json = burst(() -> server.post("/rpc", "application/json", API_VERSION_JSON,
                "carol", "carol-pw"));
        HttpResponse<String> refused = json.get(json.size() - 1);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(json.get(0).body()).contains("\"result\"");

        List<HttpResponse<String>> xml = burst(() -> server.post("/xmlrpc", "text/xml", API_VERSION_XML,
                "dave", "dave-pw"));
        assertThat(xml.get(xml.size() - 1).statusCode()).isEqualTo(429);
        assertThat(xml.get(xml.size() - 1).headers().firstValue("Retry-After")).isPresent();
    }
}
