package io.polyport.server.plugin;

import io.polyport.core.plugin.Plugin;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar in a test, as a third party's build would: Java sources compiled with {@code javac}
 * ({@code -parameters}) against the core API, resources, optionally other jars bundled inside (a shaded jar).
 * Sources come from a folder under {@code src/test/plugins/<name>/} ({@code java/}, {@code resources/}) or as
 * strings.
 */
public final class PluginJarBuilder {
    /** Where the test plugins' sources live, relative to the server module. */
    public static final Path PLUGINS = Path.of("src/test/plugins");

    private final Path work;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();
    private final List<Path> bundled = new ArrayList<>();
    private List<Path> classPath = List.of(location(Plugin.class), location(org.slf4j.Logger.class));

    /** A builder compiling in {@code work} (a fresh folder per jar). */
    public PluginJarBuilder(Path work) {
        this.work = work;
    }

    /** Adds every file of {@code src/test/plugins/<name>}: {@code java/} compiled, {@code resources/} copied. */
    public PluginJarBuilder folder(String name) {
        Path root = PLUGINS.resolve(name);
        walk(root.resolve("java"), (relative, content) -> sources.put(relative, new String(content,
                StandardCharsets.UTF_8)));
        walk(root.resolve("resources"), resources::put);
        return this;
    }

    /** Adds a source file, e.g. {@code com/example/Foo.java}. */
    public PluginJarBuilder source(String path, String code) {
        sources.put(path, code);
        return this;
    }

    /** Adds or replaces a resource. */
    public PluginJarBuilder resource(String path, String content) {
        resources.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Removes a resource added before (e.g. the descriptor). */
    public PluginJarBuilder without(String path) {
        resources.remove(path);
        return this;
    }

    /** Sets the descriptor. */
    public PluginJarBuilder descriptor(String id, String version, String api) {
        return resource("META-INF/polyport-plugin.properties",
                "id = " + id + "\nversion = " + version + "\nname = Test plugin " + id + "\napi = " + api + "\n");
    }

    /** Compiles against {@code jar} too and copies its classes into the plugin jar. */
    public PluginJarBuilder bundle(Path jar) {
        bundled.add(jar);
        return this;
    }

    /** Writes the jar to {@code jar} and returns its path. */
    public Path build(Path jar) {
        try {
            Path classes = Files.createDirectories(work.resolve("classes"));
            compile(classes);
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                List<String> written = new ArrayList<>();
                for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                    put(out, written, resource.getKey(), resource.getValue());
                }
                walk(classes, (relative, content) -> put(out, written, relative, content));
                for (Path library : bundled) {
                    copyClasses(library, out, written);
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compile(Path classes) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        Path sourceRoot = Files.createDirectories(work.resolve("src"));
        List<String> args = new ArrayList<>(List.of("-parameters", "-proc:none", "-d", classes.toString(), "-cp",
                String.join(File.pathSeparator, Stream.concat(classPath.stream(), bundled.stream())
                        .map(Path::toString).toList())));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the test plugin does not compile: " + sources.keySet());
        }
    }

    private static void copyClasses(Path library, JarOutputStream out, List<String> written) throws IOException {
        try (JarFile jar = new JarFile(library.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("META-INF/") || name.equals("module-info.class")) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    put(out, written, name, in.readAllBytes());
                }
            }
        }
    }

    private static void put(JarOutputStream out, List<String> written, String name, byte[] content) {
        if (written.contains(name)) {
            return;
        }
        written.add(name);
        try {
            out.putNextEntry(new JarEntry(name));
            out.write(content);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface FileVisitor {
        void visit(String relative, byte[] content) throws IOException;
    }

    private static void walk(Path root, FileVisitor visitor) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                visitor.visit(root.relativize(file).toString().replace(File.separatorChar, '/'),
                        Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar or folder a class was loaded from. */
    public static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
