package io.polyport.server.plugin;

import io.polyport.core.plugin.ApiVersion;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginDescriptor;
import io.polyport.core.spi.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the installed plugins without loading any of their classes: those on the server's class path (the built-in
 * tracker), then every {@code *.jar} in the plugin folder by file name. It reads each descriptor and refuses a
 * missing or bad one, an API version this server does not provide, and an id found twice.
 *
 * <p>A class-path plugin keeps its descriptor next to its entry class ({@code <package>/polyport-plugin.properties}),
 * since all class-path jars share one {@code META-INF}; a jar plugin keeps it at {@value PluginDescriptor#RESOURCE}.
 * A jar without a descriptor that lists only protocols is still accepted, as protocol jars were before descriptors.
 */
public final class PluginDiscovery {
    /** The descriptor's file name next to a class-path plugin's entry class. */
    static final String CLASS_PATH_DESCRIPTOR = "polyport-plugin.properties";

    private PluginDiscovery() {
    }

    /** Every plugin on the class path of {@code server} and in {@code folder} (which may not exist). */
    public static List<FoundPlugin> discover(ClassLoader server, Path folder) {
        List<FoundPlugin> found = new ArrayList<>(onClassPath(server));
        for (Path jar : jars(folder)) {
            found.add(readJar(jar));
        }
        Map<String, FoundPlugin> byId = new HashMap<>();
        for (FoundPlugin plugin : found) {
            FoundPlugin previous = byId.putIfAbsent(plugin.id(), plugin);
            if (previous != null) {
                throw new PluginException(plugin.label(), "id '" + plugin.id() + "' is already taken by "
                        + previous.source());
            }
        }
        return List.copyOf(found);
    }

    /** Reads and checks one plugin jar. */
    public static FoundPlugin readJar(Path jar) {
        String label = jar.toString();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<String> plugins = entries(file, ServiceFiles.path(Plugin.class));
            List<String> protocols = entries(file, ServiceFiles.path(Protocol.class));
            var entry = file.getJarEntry(PluginDescriptor.RESOURCE);
            if (entry == null) {
                if (plugins.isEmpty() && !protocols.isEmpty()) {
                    return new FoundPlugin(Optional.empty(), Optional.of(jar), plugins, protocols);
                }
                throw new PluginException(label, "no descriptor " + PluginDescriptor.RESOURCE);
            }
            PluginDescriptor descriptor;
            try (InputStream in = file.getInputStream(entry)) {
                descriptor = read(label, in);
            }
            return checked(new FoundPlugin(Optional.of(descriptor), Optional.of(jar), plugins, protocols));
        } catch (IOException e) {
            throw new PluginException(label, "cannot read the jar", e);
        }
    }

    private static List<FoundPlugin> onClassPath(ClassLoader server) {
        List<FoundPlugin> found = new ArrayList<>();
        try {
            for (URL services : Collections.list(server.getResources(ServiceFiles.path(Plugin.class)))) {
                try (InputStream in = services.openStream()) {
                    for (String className : ServiceFiles.classNames(in)) {
                        found.add(checked(new FoundPlugin(Optional.of(classPathDescriptor(server, className)),
                                Optional.empty(), List.of(className), List.of())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins on the class path", e);
        }
        return found;
    }

    private static PluginDescriptor classPathDescriptor(ClassLoader server, String className) throws IOException {
        int dot = className.lastIndexOf('.');
        String resource = (dot < 0 ? "" : className.substring(0, dot).replace('.', '/') + "/") + CLASS_PATH_DESCRIPTOR;
        try (InputStream in = server.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PluginException(className + " (class path)", "no descriptor " + resource);
            }
            return read(className + " (class path)", in);
        }
    }

    private static PluginDescriptor read(String label, InputStream in) throws IOException {
        try {
            return PluginDescriptor.read(in);
        } catch (IllegalArgumentException e) {
            throw new PluginException(label, "bad descriptor: " + e.getMessage());
        }
    }

    private static FoundPlugin checked(FoundPlugin plugin) {
        ApiVersion required = plugin.descriptor().orElseThrow().apiVersion();
        if (!ApiVersion.CURRENT.provides(required)) {
            throw new PluginException(plugin.label(), "built for plugin API " + required
                    + ", but this server provides " + ApiVersion.CURRENT);
        }
        if (plugin.pluginClasses().size() > 1) {
            throw new PluginException(plugin.label(), "more than one entry point: " + plugin.pluginClasses());
        }
        if (plugin.pluginClasses().isEmpty() && plugin.protocolClasses().isEmpty()) {
            throw new PluginException(plugin.label(), "lists neither a " + Plugin.class.getName() + " nor a "
                    + Protocol.class.getName() + " in META-INF/services");
        }
        return plugin;
    }

    private static List<String> entries(JarFile file, String path) throws IOException {
        var entry = file.getJarEntry(path);
        if (entry == null) {
            return List.of();
        }
        try (InputStream in = file.getInputStream(entry)) {
            return ServiceFiles.classNames(in);
        }
    }

    private static List<Path> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugin folder " + folder, e);
        }
    }
}
