package io.polyport.core.plugin;

import io.polyport.core.spi.Protocol;

/**
 * What a plugin adds to the server, handed to {@link Plugin#start}. Nothing is published until every plugin has
 * started; a name or path that collides with another plugin's or a built-in one stops the start-up.
 */
public interface Contributions {

    /**
     * Publishes {@code implementation} under the methods of {@code type}, an interface annotated with
     * {@code @RpcService} (an empty namespace publishes flat names such as {@code patch_list}). Every protocol
     * serves it: XML-RPC, JSON-RPC, REST routes, the docs page and the API documents.
     */
    <T> void service(Class<T> type, T implementation);

    /** Adds a wire protocol served on its {@link Protocol#paths()} (and their {@code /login} forms). */
    void protocol(Protocol protocol);

    /**
     * Adds an implementation of another component's extension point, e.g. a wiki macro. The component finds it
     * with {@link PluginContext#extensions(Class)}.
     */
    <T> void extension(Class<T> point, T implementation);
}
