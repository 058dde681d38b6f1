package io.polyport.server.plugin;

import java.util.List;

/**
 * One installed plugin as {@code plugin list}, the {@code plugin.list} method and {@code /about} report it.
 *
 * @param id          its id (for a jar without a descriptor, the jar's file name)
 * @param name        its human name
 * @param version     its version
 * @param source      its jar, or {@code class path}
 * @param state       {@code enabled} or {@code disabled}
 * @param services    the namespaces of the services it publishes ({@code ""} for flat names)
 * @param protocols   the names of the protocols it adds
 * @param permissions the permission actions it declares
 * @param migrations  its applied migrations, oldest first ({@code version description})
 */
public record PluginInfo(String id, String name, String version, String source, String state,
                         List<String> services, List<String> protocols, List<String> permissions,
                         List<String> migrations) {
    /** The state of a plugin that runs. */
    public static final String ENABLED = "enabled";
    /** The state of a plugin switched off with {@code plugins.<id>.enabled: false}. */
    public static final String DISABLED = "disabled";
}
