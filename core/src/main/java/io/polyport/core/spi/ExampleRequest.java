package io.polyport.core.spi;

/**
 * One example HTTP request calling a method, for the docs page, which shows it with a {@code curl} line.
 *
 * @param label       what it shows, e.g. {@code JSON-RPC 2.0} or {@code REST GET /tickets/{id}}
 * @param httpMethod  e.g. {@code POST}
 * @param path        the path without {@code /login} and without query, e.g. {@code /jsonrpc} or {@code /rest/tickets/1}
 * @param contentType the request's media type, or empty when it has no body
 * @param body        the request body, or empty
 */
public record ExampleRequest(String label, String httpMethod, String path, String contentType, String body) {
}
