package io.polyport.core.spi;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A wire protocol, found at start-up with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/io.polyport.core.spi.Protocol} and drop the jar into the server's plugin folder.
 * Its one job is {@link #handle}: decode the request, call the {@link io.polyport.core.invoke.Invoker}, encode
 * the result or error. Permissions, argument conversion and error mapping are the invoker's, never the
 * protocol's. Implementations must be thread-safe and have a public no-argument constructor.
 */
public interface Protocol {
    /** The protocol's name, e.g. {@code XML-RPC}; also the {@code protocol} of each call's context. */
    String name();

    /**
     * The paths the protocol owns, e.g. {@code /xmlrpc}; each is also served under {@code /login}, which demands
     * authentication. A path matches itself and everything below it.
     */
    Set<String> paths();

    /**
     * The media types (lower case, no parameters) the protocol accepts on the shared {@code /rpc} paths. When not
     * empty, they are also required on the protocol's own paths. Empty for protocols that dispatch by route.
     */
    Set<String> contentTypes();

    /** Serves one request. Runs on a worker thread; may block. Must answer every request, errors included. */
    void handle(RpcExchange exchange, Gateway gateway) throws IOException;

    /**
     * Answers a request the gateway refuses before the protocol decodes it: missing or wrong credentials (401,
     * {@code WWW-Authenticate} already set), a body over the limit (413), an unreadable body (400), too many requests
     * (429, {@code Retry-After} already set). The exchange has an empty body and an anonymous caller. May run on an
     * I/O thread, so it must not block. The default is the one-line {@code text/plain} message with the real HTTP
     * status, which the RPC protocols keep because their clients act on the status (Python's
     * {@code xmlrpc.client} needs a real 401); a resource protocol answers in its own error format.
     */
    default void rejectRequest(RpcExchange exchange, int status, String message) {
        exchange.respond(status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Credentials carried in the protocol's own form, for a request without an {@code Authorization} header (which
     * the gateway reads itself): e.g. {@code user} and {@code pass} parameters or a session cookie. The gateway
     * verifies them before {@link #handle}; wrong ones get {@link #rejectRequest} with 401. The exchange's body has
     * been read and its caller is still anonymous. Must not block. The default finds none.
     */
    default Optional<Credentials> credentials(RpcExchange exchange) {
        return Optional.empty();
    }

    /** A few sentences for the docs page: what the protocol is and how to call it. */
    default String description() {
        return "";
    }

    /** An example request body calling {@code method}, for the docs page. */
    default Optional<String> exampleRequest(MethodDescriptor method) {
        return Optional.empty();
    }

    /**
     * Example requests calling {@code method}, shown side by side on the docs page with a {@code curl} line each.
     * The default is {@link #exampleRequest} posted to the protocol's first path with its first media type; a
     * protocol with several forms (versions, routes) lists each. {@code registry} holds every published method.
     */
    default List<ExampleRequest> examples(MethodDescriptor method, MethodRegistry registry) {
        return exampleRequest(method).map(body -> List.of(new ExampleRequest(name(), "POST",
                        paths().stream().sorted().findFirst().orElse("/rpc"),
                        contentTypes().stream().sorted().findFirst().orElse(""), body)))
                .orElse(List.of());
    }

    /** How a failure with {@code code} looks on this protocol's wire, for the docs page's table of errors. */
    default Optional<String> errorForm(ErrorCode code) {
        return Optional.empty();
    }
}
