package io.polyport.core.spi;

import io.polyport.core.registry.MethodDescriptor;
import java.io.IOException;
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

    /** A few sentences for the docs page: what the protocol is and how to call it. */
    default String description() {
        return "";
    }

    /** An example request body calling {@code method}, for the docs page. */
    default Optional<String> exampleRequest(MethodDescriptor method) {
        return Optional.empty();
    }
}
