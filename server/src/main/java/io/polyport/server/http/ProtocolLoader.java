package io.polyport.server.http;

import io.polyport.core.spi.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the protocols with {@link ServiceLoader}: those on the server's class path and those in jars dropped
 * into the plugin folder. A protocol name found twice is an error, so a stale plugin cannot shadow another.
 */
public final class ProtocolLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ProtocolLoader.class);

    private ProtocolLoader() {
    }

    /** Every protocol on the class path and in {@code pluginFolder} (which may not exist). */
    public static List<Protocol> load(Path pluginFolder) {
        Map<String, Protocol> byName = new LinkedHashMap<>();
        for (Protocol protocol : ServiceLoader.load(Protocol.class, classLoaderFor(pluginFolder))) {
            Protocol previous = byName.putIfAbsent(protocol.name(), protocol);
            if (previous != null && previous.getClass() != protocol.getClass()) {
                throw new IllegalStateException("two protocols are named " + protocol.name() + ": "
                        + previous.getClass().getName() + " and " + protocol.getClass().getName());
            }
            LOG.info("protocol {} on {} for {}", protocol.name(), protocol.paths(), protocol.contentTypes());
        }
        return List.copyOf(byName.values());
    }

    private static ClassLoader classLoaderFor(Path pluginFolder) {
        ClassLoader parent = ProtocolLoader.class.getClassLoader();
        if (!Files.isDirectory(pluginFolder)) {
            return parent;
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(pluginFolder)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
                LOG.info("plugin jar {}", jar);
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugin folder " + pluginFolder, e);
        }
        return jars.isEmpty() ? parent : new URLClassLoader(jars.toArray(URL[]::new), parent);
    }
}
