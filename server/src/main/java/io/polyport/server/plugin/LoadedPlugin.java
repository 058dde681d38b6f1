package io.polyport.server.plugin;

import io.polyport.core.plugin.Plugin;
import io.polyport.core.spi.Protocol;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A found plugin with its classes loaded, in its own {@link PluginClassLoader} for a jar, and its entry point and
 * listed protocols created, but not started. Closing it releases the class loader.
 */
public final class LoadedPlugin implements AutoCloseable {
    private final FoundPlugin found;
    private final ClassLoader classLoader;
    private final Optional<Plugin> entry;
    private final List<Protocol> protocols;

    private LoadedPlugin(FoundPlugin found, ClassLoader classLoader, Optional<Plugin> entry,
                         List<Protocol> protocols) {
        this.found = found;
        this.classLoader = classLoader;
        this.entry = entry;
        this.protocols = protocols;
    }

    /** Loads {@code found}: a jar in a loader of its own, a class-path plugin in {@code server}. */
    public static LoadedPlugin load(FoundPlugin found, ClassLoader server) {
        ClassLoader loader = found.jar().<ClassLoader>map(jar -> new PluginClassLoader(jar, server)).orElse(server);
        try {
            Optional<Plugin> entry = found.pluginClasses().stream().findFirst()
                    .map(name -> create(found, loader, name, Plugin.class));
            List<Protocol> protocols = new ArrayList<>();
            for (String name : found.protocolClasses()) {
                protocols.add(create(found, loader, name, Protocol.class));
            }
            return new LoadedPlugin(found, loader, entry, List.copyOf(protocols));
        } catch (RuntimeException e) {
            release(loader);
            throw e;
        }
    }

    public FoundPlugin found() {
        return found;
    }

    /** The loader of the plugin's classes and resources (the server's for a class-path plugin). */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** Its entry point; empty for a jar that only adds protocols. */
    public Optional<Plugin> entry() {
        return entry;
    }

    /** The protocols its {@code META-INF/services} lists. */
    public List<Protocol> protocols() {
        return protocols;
    }

    @Override
    public void close() {
        release(classLoader);
    }

    private static void release(ClassLoader loader) {
        if (loader instanceof PluginClassLoader own) {
            try {
                own.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static <T> T create(FoundPlugin found, ClassLoader loader, String className, Class<T> type) {
        try {
            Class<?> implementation = Class.forName(className, true, loader);
            if (!type.isAssignableFrom(implementation)) {
                throw new PluginException(found.label(), className + " does not implement " + type.getName());
            }
            return type.cast(implementation.getConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            if (e instanceof PluginException refused) {
                throw refused;
            }
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException invocation
                    ? invocation.getCause() : e;
            throw new PluginException(found.label(), "cannot create " + className, cause);
        }
    }
}
