package io.polyport.core.spi;

import io.polyport.core.invoke.CallContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request and its response, as a protocol sees it, with no server types. The gateway has already
 * read the body (within {@link Limits#maxBodyBytes()}) and authenticated the caller.
 */
public interface RpcExchange {
    /** The HTTP method, upper case. */
    String requestMethod();

    /** The request path, e.g. {@code /login/rpc} or {@code /rest/tickets/1}. */
    String path();

    /**
     * The part of the path below the protocol's mount point, e.g. {@code /tickets/1} for
     * {@code /login/rest/tickets/1}; empty for the mount point itself.
     */
    String subPath();

    /** The first value of a request header, ignoring case. */
    Optional<String> header(String name);

    /** The {@code Content-Type} header as sent, or the empty string. */
    default String contentType() {
        return header("Content-Type").orElse("");
    }

    /** The query string parameters, decoded. */
    Map<String, List<String>> queryParameters();

    /** The request body. */
    byte[] body();

    /** The scheme, host and port the client used, e.g. {@code http://127.0.0.1:8080}, for absolute links. */
    String baseUrl();

    /** Who is calling and over which protocol. */
    CallContext context();

    /** Adds a response header; call before {@link #respond}. */
    void setResponseHeader(String name, String value);

    /** Sends the response. Call exactly once. */
    void respond(int status, String contentType, byte[] body);
}
