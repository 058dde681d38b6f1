package io.polyport.server.plugin;

import io.polyport.core.plugin.PluginDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A plugin as discovery finds it, before any of its classes is loaded: its descriptor, where it comes from, and
 * the class names its {@code META-INF/services} files list.
 *
 * @param descriptor      the descriptor; empty only for a jar that merely adds protocols, as before plugins had one
 * @param jar             the jar in the plugin folder; empty for a plugin on the server's own class path
 * @param pluginClasses   the {@link io.polyport.core.plugin.Plugin} entry points (at most one)
 * @param protocolClasses the {@link io.polyport.core.spi.Protocol}s the jar lists
 */
public record FoundPlugin(Optional<PluginDescriptor> descriptor, Optional<Path> jar, List<String> pluginClasses,
                          List<String> protocolClasses) {
    public FoundPlugin {
        pluginClasses = List.copyOf(pluginClasses);
        protocolClasses = List.copyOf(protocolClasses);
    }

    /** The plugin's id, or for a jar without a descriptor its file name. */
    public String id() {
        return descriptor.map(PluginDescriptor::id).orElseGet(() -> jar.orElseThrow().getFileName().toString());
    }

    /** Where it comes from: the jar's path, or {@code class path}. */
    public String source() {
        return jar.map(Path::toString).orElse("class path");
    }

    /** How messages name it: {@code id (source)}. */
    public String label() {
        return descriptor.isPresent() ? id() + " (" + source() + ")" : source();
    }
}
