package io.polyport.server.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A client of one node: JSON-RPC calls and REST requests as one user, answers as JSON. */
final class NodeClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer node;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();

    NodeClient(TestServer node, String user, String password) {
        this.node = node;
        this.authorization = TestServer.basic(user, password);
    }

    /** The JSON-RPC response object ({@code result} or {@code error}) of {@code method(params)}. */
    JsonNode call(String method, Object... params) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", method);
        request.put("params", List.of(params));
        request.put("id", 1);
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(node.uri("/login/jsonrpc"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))));
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result of {@code method(params)}; fails on an error answer. */
    JsonNode result(String method, Object... params) {
        JsonNode response = call(method, params);
        if (!response.path("error").isNull() && !response.path("error").isMissingNode()) {
            throw new AssertionError(method + " failed: " + response.get("error"));
        }
        return response.get("result");
    }

    /** A REST request with an optional JSON body and extra headers (name, value, ...). */
    HttpResponse<String> rest(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return node.uri(path);
    }
}
