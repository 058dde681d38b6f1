package io.polyport.testkit.plugin;

import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds a plugin's own files ({@value PluginDescriptor#RESOURCE}, its {@code META-INF/services} entry) in the jar or
 * folder its class comes from, even when other plugins' jars are on the same class path.
 */
public final class PluginFiles {
    /** Where {@link java.util.ServiceLoader} looks for plugin entry points. */
    public static final String SERVICE_FILE = "META-INF/services/" + Plugin.class.getName();

    private PluginFiles() {
    }

    /** The resource {@code name} from the plugin's own jar or folder, if it has one. */
    public static Optional<URL> resource(Plugin plugin, String name) {
        ClassLoader loader = plugin.getClass().getClassLoader();
        List<URL> candidates;
        try {
            candidates = Collections.list(loader.getResources(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CodeSource source = plugin.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return candidates.stream().findFirst();
        }
        String location = source.getLocation().toExternalForm();
        return candidates.stream().filter(url -> url.toExternalForm().contains(location)).findFirst();
    }

    /**
     * The plugin's descriptor.
     *
     * @throws IllegalArgumentException when it is missing or invalid
     */
    public static PluginDescriptor descriptor(Plugin plugin) {
        URL url = resource(plugin, PluginDescriptor.RESOURCE).orElseThrow(() -> new IllegalArgumentException(
                "no " + PluginDescriptor.RESOURCE + " next to " + plugin.getClass().getName()));
        try (InputStream in = url.openStream()) {
            return PluginDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class names the plugin's {@link #SERVICE_FILE} lists (comments and blanks dropped); empty without one. */
    public static List<String> listedEntryPoints(Plugin plugin) {
        Optional<URL> url = resource(plugin, SERVICE_FILE);
        if (url.isEmpty()) {
            return List.of();
        }
        try (InputStream in = url.get().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
