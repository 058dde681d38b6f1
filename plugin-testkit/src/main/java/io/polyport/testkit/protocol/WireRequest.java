package io.polyport.testkit.protocol;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One HTTP request as a protocol receives it: method, path below the protocol's mount, headers, query, body.
 *
 * @param httpMethod upper case, e.g. {@code POST}
 * @param subPath    below the mount, e.g. {@code /rpc/kit.values.echoInt}; empty for the mount itself
 * @param headers    request headers
 * @param query      decoded query parameters
 * @param body       the body
 */
public record WireRequest(String httpMethod, String subPath, Map<String, String> headers,
                          Map<String, List<String>> query, byte[] body) {
    public WireRequest {
        headers = Map.copyOf(headers);
        query = Map.copyOf(query);
        body = body.clone();
    }

    /** A POST to the mount with a body of the given content type. */
    public static WireRequest post(String contentType, byte[] body) {
        return new WireRequest("POST", "", Map.of("Content-Type", contentType), Map.of(), body);
    }

    /** A POST to the mount with a UTF-8 text body of the given content type. */
    public static WireRequest post(String contentType, String body) {
        return post(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** This request sent to {@code path} below the mount. */
    public WireRequest withSubPath(String path) {
        return new WireRequest(httpMethod, path, headers, query, body);
    }

    /** This request with another HTTP method. */
    public WireRequest withHttpMethod(String method) {
        return new WireRequest(method, subPath, headers, query, body);
    }

    /** This request with one more header (replacing one of that name). */
    public WireRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new WireRequest(httpMethod, subPath, more, query, body);
    }

    /** This request with one more query parameter value. */
    public WireRequest withQuery(String name, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(query);
        more.merge(name, List.of(value), (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        return new WireRequest(httpMethod, subPath, headers, more, body);
    }

    /** This request with another body. */
    public WireRequest withBody(byte[] other) {
        return new WireRequest(httpMethod, subPath, headers, query, other);
    }
}
