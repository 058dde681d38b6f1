package io.polyport.server.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one plugin jar. The plugin API ({@code io.polyport.core.*}) and the logging API
 * ({@code org.slf4j.*}) come from the server, so the plugin and the server share those types; every other class
 * comes from the jar, whatever the server has of the same name, and else from the JDK (the platform class loader
 * is the parent, so nothing else of the server's class path is visible). A plugin may thus bundle its own version
 * of a library the server also uses.
 */
public final class PluginClassLoader extends URLClassLoader {
    /** Packages (and their resources) that always come from the server. */
    static final List<String> API_PACKAGES = List.of("io.polyport.core.", "org.slf4j.");
    private static final List<String> API_RESOURCES =
            API_PACKAGES.stream().map(name -> name.replace('.', '/')).toList();

    private final ClassLoader server;

    /** A loader for {@code jar}, taking the API from {@code server}. */
    public PluginClassLoader(Path jar, ClassLoader server) {
        super("plugin:" + jar.getFileName(), new URL[] {toUrl(jar)}, ClassLoader.getPlatformClassLoader());
        this.server = server;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = isApi(name, API_PACKAGES) ? server.loadClass(name) : super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        return isApi(name, API_RESOURCES) ? server.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return isApi(name, API_RESOURCES) ? server.getResources(name) : super.getResources(name);
    }

    private static boolean isApi(String name, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }
}
