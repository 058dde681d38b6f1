package io.polyport.server.rest;

import static io.polyport.server.rest.RestClient.body;
import static io.polyport.server.rest.RestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests the gateway refuses before REST runs (credentials, body size) are answered as REST answers every
 * error, RFC 9457 problem JSON, while the RPC protocols keep their plain-text HTTP refusals.
 */
class RestGatewayRefusalTest {
    private static final int LIMIT = 4 * 1024;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Config.defaults().with("server", "maxBodyBytes", LIMIT));
        server.addUser("alice", "alice-pw", "XML_RPC", "TICKET_VIEW");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = body(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
    }

    @Test
    void loginWithoutCredentialsIs401ProblemWithChallenge() {
        HttpResponse<byte[]> response = new RestClient(server, null, null).get("/login/rest/tickets");
        assertProblem(response, 401, "Authentication required.");
        assertThat(body(response).get("title").asText()).isEqualTo("Unauthorized");
        assertThat(header(response, "WWW-Authenticate")).isEqualTo("Basic realm=\"polyport\"");
    }

    @Test
    void wrongPasswordIs401ProblemOnEveryRestPath() {
        for (String path : new String[] {"/login/rest/tickets", "/rest/tickets"}) {
            HttpResponse<byte[]> response = new RestClient(server, "alice", "wrong").get(path);
            assertProblem(response, 401, "Authentication required.");
            assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Basic realm=\"polyport\"");
        }
        assertThat(new RestClient(server, "alice", "alice-pw").get("/login/rest/tickets").statusCode())
                .isEqualTo(200);
    }

    @Test
    void bodyOverTheLimitIs413Problem() {
        String big = "{\"summary\":\"" + "x".repeat(LIMIT) + "\",\"description\":\"d\"}";
        RestClient alice = new RestClient(server, "alice", "alice-pw");
        assertProblem(alice.json("POST", "/rest/tickets", big), 413, "Request body larger than " + LIMIT + " bytes.");
        HttpRequest.Builder chunked = alice.request("/login/rest/tickets").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));
        assertProblem(alice.send(chunked), 413, "Request body larger than " + LIMIT + " bytes.");
    }

    @Test
    void xmlRpcKeepsItsPlainTextRefusals() {
        String call = "<?xml version='1.0'?>\n<methodCall><methodName>system.getAPIVersion</methodName>"
                + "<params></params></methodCall>";
        HttpResponse<String> none = server.post("/login/xmlrpc", "text/xml", call, null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(none.body()).isEqualTo("Authentication required.");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"polyport\"");
        HttpResponse<String> wrong = server.post("/login/xmlrpc", "text/xml", call, "alice", "wrong");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("Authentication required.");
        HttpResponse<String> big = server.post("/rpc", "application/json", "[\"" + "x".repeat(LIMIT) + "\"]",
                "alice", "alice-pw");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    }
}
