package io.polyport.server.plugin;

import java.nio.file.Path;

/**
 * The source of a minimal service plugin for refusal tests, with the parts a test varies: its id and API
 * version, its service's namespace and method, a protocol path, a migration, what {@code start} does and the
 * permission it declares. Its configuration record has {@code motto} and {@code stopMarker} (a file {@code stop}
 * writes, so a test sees that the plugin was stopped).
 */
final class TinyPlugin {
    private String id = "tiny";
    private String api = "1.0";
    private String namespace = "tiny";
    private String method = "ping";
    private String protocolPath = "";
    private String migration = "";
    private String startCode = "";
    private String permission = "TINY_VIEW";

    TinyPlugin id(String value) {
        id = value;
        return this;
    }

    TinyPlugin api(String value) {
        api = value;
        return this;
    }

    TinyPlugin method(String serviceNamespace, String methodName) {
        namespace = serviceNamespace;
        method = methodName;
        return this;
    }

    TinyPlugin protocolPath(String path) {
        protocolPath = path;
        return this;
    }

    TinyPlugin migration(String sql) {
        migration = sql;
        return this;
    }

    TinyPlugin onStart(String code) {
        startCode = code;
        return this;
    }

    TinyPlugin permission(String name) {
        permission = name;
        return this;
    }

    /** A builder with the sources, resources and descriptor, to adjust further before {@code build}. */
    PluginJarBuilder builder(Path work) {
        String pkg = "com.example.t" + Integer.toHexString((id + namespace + method).hashCode() & 0xffffff);
        String path = pkg.replace('.', '/');
        PluginJarBuilder builder = new PluginJarBuilder(work.resolve("build-" + id + "-" + System.nanoTime()))
                .descriptor(id, "0.1", api)
                .resource("META-INF/services/io.polyport.core.plugin.Plugin", pkg + ".Tiny\n")
                .source(path + "/Tiny.java", source(pkg));
        if (!migration.isEmpty()) {
            builder.resource("db/tiny/V1__tiny.sql", migration);
        }
        return builder;
    }

    /** Builds the jar as {@code data/plugins/<id>.jar}. */
    Path install(Path work, Path data) {
        return builder(work).build(data.resolve("plugins").resolve(id + ".jar"));
    }

    private String source(String pkg) {
        return """
                package PKG;

                import io.polyport.core.annotation.RpcMethod;
                import io.polyport.core.annotation.RpcService;
                import io.polyport.core.plugin.Contributions;
                import io.polyport.core.plugin.PermissionAction;
                import io.polyport.core.plugin.Plugin;
                import io.polyport.core.plugin.PluginContext;
                import io.polyport.core.spi.Gateway;
                import io.polyport.core.spi.Protocol;
                import io.polyport.core.spi.RpcExchange;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import java.util.List;
                import java.util.Optional;
                import java.util.Set;

                public final class Tiny implements Plugin {
                    public record Settings(String motto, String stopMarker) {
                    }

                    @RpcService(value = "NAMESPACE", resource = "tinies", doc = "A tiny service.")
                    public interface Api {
                        @RpcMethod(permission = "PERMISSION", doc = "Answers 1.")
                        int METHOD();
                    }

                    private Settings settings;

                    public List<PermissionAction> permissions() {
                        return List.of(PermissionAction.of("PERMISSION", "Use the tiny service."));
                    }

                    public Optional<Class<?>> configType() {
                        return Optional.of(Settings.class);
                    }

                    public Optional<String> migrations() {
                        return MIGRATIONS;
                    }

                    public void start(PluginContext context, Contributions contributions) throws Exception {
                        settings = context.config(Settings.class);
                        START
                        contributions.service(Api.class, () -> 1);
                        if (!"PROTOCOL_PATH".isEmpty()) {
                            contributions.protocol(new Protocol() {
                                public String name() { return "Tiny-ID"; }
                                public Set<String> paths() { return Set.of("PROTOCOL_PATH"); }
                                public Set<String> contentTypes() { return Set.of(); }
                                public void handle(RpcExchange exchange, Gateway gateway) {
                                    exchange.respond(200, "text/plain", new byte[0]);
                                }
                            });
                        }
                    }

                    public void stop() {
                        try {
                            if (settings != null && settings.stopMarker() != null) {
                                Files.writeString(Path.of(settings.stopMarker()), "stopped");
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
                """.replace("PKG", pkg).replace("NAMESPACE", namespace).replace("METHOD", method)
                .replace("PERMISSION", permission).replace("PROTOCOL_PATH", protocolPath).replace("START", startCode)
                .replace("MIGRATIONS", migration.isEmpty() ? "Optional.empty()" : "Optional.of(\"db/tiny\")")
                .replace("ID", id);
    }
}
