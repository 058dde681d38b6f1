package io.polyport.core.plugin;

import java.util.List;
import java.util.Optional;

/**
 * The entry point of a plugin, found with {@link java.util.ServiceLoader} in the plugin's jar (list the class in
 * {@code META-INF/services/io.polyport.core.plugin.Plugin}; it needs a public no-argument constructor). The jar also
 * carries a {@link PluginDescriptor}.
 *
 * <p>At start-up the server, for every enabled plugin in turn: checks the descriptor, registers its
 * {@link #permissions()}, validates its configuration section against {@link #configType()}, applies its
 * {@link #migrations()}, then calls {@link #start}. Only when every plugin has started does it publish their
 * services and protocols and open the port; if any step of any plugin fails, the server does not start and says
 * which plugin failed and why. The built-in tracker is started the same way.
 */
public interface Plugin {

    /**
     * Contributes services, protocols and extensions, and subscribes to events. Called once, on the start-up
     * thread. The {@linkplain PluginContext#invoker() invoker} is not usable yet: calls go through it only while
     * serving.
     *
     * @throws Exception anything that prevents the plugin from working; the server then refuses to start
     */
    void start(PluginContext context, Contributions contributions) throws Exception;

    /** Releases what {@link #start} acquired; called once when the server stops. */
    default void stop() {
    }

    /** The permission actions the plugin adds; each must be new to the server. */
    default List<PermissionAction> permissions() {
        return List.of();
    }

    /**
     * The type its configuration section {@code plugins.<id>} binds to, usually a record whose compact constructor
     * fills in defaults for absent (null) values. Unknown keys are refused at start-up. Empty: the section may hold
     * nothing but {@code enabled}.
     */
    default Optional<Class<?>> configType() {
        return Optional.empty();
    }

    /**
     * The class path location of the plugin's Flyway migrations in its own jar, e.g. {@code db/patchwork}
     * ({@code V1__projects.sql}, ...). They run in the server's database at start-up, in their own schema history
     * table ({@code flyway_history_<id>}), before {@link #start}. Empty: the plugin keeps no tables.
     */
    default Optional<String> migrations() {
        return Optional.empty();
    }
}
