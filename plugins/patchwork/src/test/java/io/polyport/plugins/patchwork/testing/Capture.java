package io.polyport.plugins.patchwork.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One captured HTTP exchange with Patchwork: the request (method, target, headers, body) and the response
 * (status and body).
 *
 * @param name           the capture's file name
 * @param method         the request method
 * @param target         the request target as sent (often absolute, {@code http://host/xmlrpc/})
 * @param requestHeaders the request headers, names in lower case
 * @param requestBody    the request body
 * @param status         the response status
 * @param responseBody   the response body
 */
public record Capture(String name, String method, String target, Map<String, String> requestHeaders,
                     String requestBody, int status, String responseBody) {
    private static final String REQUEST = ">>>>>>>> REQUEST (client -> server)\n";
    private static final String RESPONSE = "<<<<<<<< RESPONSE (server -> client)\n";
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length: (\\d+)$");

    /** Reads the capture {@code name} from the test resources. */
    public static Capture load(String name) {
        String text = Fixtures.capture(name);
        String request = text.substring(text.indexOf(REQUEST) + REQUEST.length(), text.indexOf(RESPONSE));
        String response = text.substring(text.indexOf(RESPONSE) + RESPONSE.length());
        String[] requestLine = request.substring(0, request.indexOf("\r\n")).split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        String head = request.substring(request.indexOf("\r\n") + 2, headEnd(request));
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        int status = Integer.parseInt(response.substring(0, response.indexOf("\r\n")).split(" ")[1]);
        return new Capture(name, requestLine[0], requestLine[1], headers, body(request), status, body(response));
    }

    /** The user name and password of the request's Basic credentials, if it sent valid-looking ones. */
    public Optional<String[]> basicCredentials() {
        String authorization = requestHeaders.getOrDefault("authorization", "");
        if (!authorization.startsWith("Basic ")) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where the head (request or status line and header lines, CRLF-terminated as sent) ends. */
    private static int headEnd(String message) {
        int end = message.indexOf("\r\n\r\n");
        return end < 0 ? message.length() : end + 2;
    }

    private static String body(String message) {
        int headEnd = headEnd(message);
        String rest = message.substring(Math.min(message.length(), headEnd + 2));
        Matcher length = CONTENT_LENGTH.matcher(message.substring(0, headEnd));
        byte[] bytes = rest.getBytes(StandardCharsets.UTF_8);
        int size = length.find() ? Math.min(Integer.parseInt(length.group(1)), bytes.length) : 0;
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }
}
