package io.polyport.server.rest;

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

/** A small REST client over Java's HttpClient for the integration tests: one user, JSON helpers. */
final class RestClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestServer server;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();

    RestClient(TestServer server, String user, String password) {
        this.server = server;
        this.authorization = user == null ? null : TestServer.basic(user, password);
    }

    /** A request builder for {@code path} (absolute URLs are taken as they are), with credentials. */
    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path)
                : server.uri(path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<byte[]> json(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    static JsonNode body(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<byte[]> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
