package io.polyport.server.plugin;

import com.google.common.primitives.Bytes;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Protocol;
import io.polyport.core.value.ValueMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks a plugin jar without starting it or a server: its descriptor and API version, that its entry point and
 * protocols load and instantiate, that its migration location exists, and that every {@code @RpcService}
 * interface in it is valid (parameters compiled with {@code -parameters}, optional ones last) with documentation
 * and a permission on every method. Classes are searched by the annotation's name in their bytes, so only service
 * interfaces are loaded.
 */
public final class PluginCheck {
    private static final byte[] SERVICE_ANNOTATION =
            ("L" + RpcService.class.getName().replace('.', '/') + ";").getBytes(StandardCharsets.UTF_8);

    /**
     * The outcome.
     *
     * @param summary  what the jar is and contributes, one line each
     * @param problems what is wrong, one line each; empty when the jar passes
     */
    public record Result(List<String> summary, List<String> problems) {
    }

    private PluginCheck() {
    }

    /** Checks {@code jar}, loading its classes in a plugin class loader of their own. */
    public static Result check(Path jar) {
        List<String> summary = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        FoundPlugin found;
        try {
            found = PluginDiscovery.readJar(jar);
        } catch (PluginException e) {
            return new Result(summary, List.of(e.getMessage()));
        }
        summary.add("plugin " + found.id() + found.descriptor().map(d -> " " + d.version() + " (" + d.name()
                + "), built for plugin API " + d.apiVersion()).orElse(": protocols only, no descriptor"));
        try (LoadedPlugin loaded = LoadedPlugin.load(found, PluginCheck.class.getClassLoader())) {
            loaded.entry().ifPresent(entry -> checkEntry(entry, jar, summary, problems));
            for (Protocol protocol : loaded.protocols()) {
                summary.add("protocol " + protocol.name() + " on " + protocol.paths());
            }
            for (Class<?> service : serviceInterfaces(jar, loaded.classLoader(), problems)) {
                checkService(service, summary, problems);
            }
        } catch (PluginException e) {
            problems.add(e.getMessage());
        }
        return new Result(List.copyOf(summary), List.copyOf(problems));
    }

    private static void checkEntry(Plugin entry, Path jar, List<String> summary, List<String> problems) {
        try {
            summary.add("permissions: " + entry.permissions().stream()
                    .map(action -> action.name() + (action.implies().isEmpty() ? ""
                            : " (implies " + String.join(", ", action.implies()) + ")")).toList());
            entry.configType().ifPresent(type -> summary.add("configuration: " + type.getName()));
            entry.migrations().ifPresent(location -> {
                summary.add("migrations: " + location);
                if (!hasEntriesUnder(jar, location)) {
                    problems.add("migration location " + location + " has no files in the jar");
                }
            });
        } catch (RuntimeException | LinkageError e) {
            problems.add("the entry point fails: " + e);
        }
    }

    private static void checkService(Class<?> service, List<String> summary, List<String> problems) {
        // Only the interface's annotations are checked: the registry needs an object of the type, never calls it.
        Object stub = Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, (proxy, m, a) -> {
            throw new IllegalStateException("plugin check only reads the interface");
        });
        MethodRegistry registry;
        try {
            registry = MethodRegistry.of(List.of(new ServiceBinding<>(cast(service), stub)), new ValueMapper());
        } catch (RuntimeException e) {
            problems.add("service " + service.getName() + ": " + e.getMessage());
            return;
        }
        summary.add("service " + service.getName() + ": " + registry.methods().stream()
                .map(MethodDescriptor::name).toList());
        for (MethodDescriptor method : registry.methods()) {
            if (method.doc().isBlank()) {
                problems.add("method " + method.name() + " has no documentation (@RpcMethod doc)");
            }
            if (method.permission().isBlank()) {
                problems.add("method " + method.name() + " requires no permission (@RpcMethod permission)");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> cast(Class<?> service) {
        return (Class<Object>) service;
    }

    private static List<Class<?>> serviceInterfaces(Path jar, ClassLoader loader, List<String> problems) {
        List<Class<?>> services = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || !mentionsServiceAnnotation(file, entry)) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> type = Class.forName(className, false, loader);
                    if (type.isInterface() && type.isAnnotationPresent(RpcService.class)) {
                        services.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add("cannot load " + className + ": " + e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return services;
    }

    private static boolean hasEntriesUnder(Path jar, String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().anyMatch(entry -> !entry.isDirectory() && entry.getName().startsWith(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean mentionsServiceAnnotation(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return Bytes.indexOf(in.readAllBytes(), SERVICE_ANNOTATION) >= 0;
        }
    }
}
