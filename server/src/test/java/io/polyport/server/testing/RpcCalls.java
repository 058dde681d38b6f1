package io.polyport.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Calls one {@link TestServer} over JSON-RPC and REST as a given user (anonymous when the user is null), for tests
 * that check a service over every protocol.
 */
public final class RpcCalls {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server;
    private final String user;
    private final String password;

    public RpcCalls(TestServer server, String user, String password) {
        this.server = server;
        this.user = user;
        this.password = password;
    }

    /** The whole JSON-RPC response ({@code result} or {@code error}) of {@code method(params)}. */
    public JsonNode jsonRpc(String method, Object... params) {
        try {
            String body = JSON.writeValueAsString(Map.of("method", method, "params", List.of(params), "id", 1));
            HttpResponse<String> response = server.post(user == null ? "/jsonrpc" : "/login/jsonrpc",
                    "application/json", body, user, password);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A REST request: {@code path} below {@code /rest} (or {@code /login/rest}), a JSON body or none, and headers as
     * name-value pairs.
     */
    public HttpResponse<String> rest(String httpMethod, String path, Object body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri((user == null ? "/rest" : "/login/rest")
                    + path)).header("Accept", "application/json");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            if (body == null) {
                request.method(httpMethod, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(httpMethod, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            if (user != null) {
                request.header("Authorization", TestServer.basic(user, password));
            }
            return server.send(request.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a response body as JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
