package io.polyport.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party's protocol, compiled against core alone and dropped into the plugin folder as a jar, is found
 * at start-up and served on its own path and on the shared {@code /rpc} path.
 */
class ProtocolPluginTest {
    private static final String SOURCE = """
            package com.example.echo;

            import io.polyport.core.error.RpcException;
            import io.polyport.core.spi.Gateway;
            import io.polyport.core.spi.Protocol;
            import io.polyport.core.spi.RpcExchange;
            import java.nio.charset.StandardCharsets;
            import java.util.List;
            import java.util.Set;

            public final class EchoProtocol implements Protocol {
                public String name() { return "Echo"; }
                public Set<String> paths() { return Set.of("/echo"); }
                public Set<String> contentTypes() { return Set.of("text/x-echo"); }
                public String description() {
                    return "Echo calls **one** method. <script>alert(1)</script> [home](javascript:alert(2))";
                }
                public void handle(RpcExchange exchange, Gateway gateway) {
                    String method = new String(exchange.body(), StandardCharsets.UTF_8).strip();
                    String answer;
                    try {
                        answer = "result " + gateway.invoker().invoke(exchange.context(), method, List.of());
                    } catch (RpcException e) {
                        answer = "error " + e.code() + " " + e.getMessage();
                    }
                    exchange.respond(200, "text/x-echo", answer.getBytes(StandardCharsets.UTF_8));
                }
            }
            """;

    @TempDir
    Path work;

    @Test
    void aProtocolJarInThePluginFolderIsServed() throws IOException {
        Path data = work.resolve("data");
        buildPluginJar(data.resolve("plugins").resolve("echo.jar"));
        try (TestServer server = TestServer.start(Config.defaults(), data)) {
            HttpResponse<String> own = server.post("/login/echo", "text/x-echo", "system.getAPIVersion", "admin",
                    TestServer.ADMIN_PASSWORD);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.body()).isEqualTo("result [1, 2, 0]");
            HttpResponse<String> shared = server.post("/rpc", "text/x-echo", "system.getAPIVersion", null, null);
            assertThat(shared.body()).startsWith("error PERMISSION_DENIED XML_RPC privileges are required");

            String docs = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/login/rpc"))
                    .header("Accept", "text/html")
                    .header("Authorization", TestServer.basic("admin", TestServer.ADMIN_PASSWORD)).build()).body();
            assertThat(docs).contains("<h3 id=\"Echo\">Echo</h3>").contains("Echo calls <strong>one</strong> method.")
                    .doesNotContain("<script>alert").doesNotContain("javascript:");
        }
    }

    private void buildPluginJar(Path jar) throws IOException {
        Path sources = work.resolve("src/com/example/echo");
        Files.createDirectories(sources);
        Path source = Files.writeString(sources.resolve("EchoProtocol.java"), SOURCE);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(status).isZero();
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/io.polyport.core.spi.Protocol"));
            out.write("com.example.echo.EchoProtocol\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("com/example/echo/EchoProtocol.class"));
            Files.copy(classes.resolve("com/example/echo/EchoProtocol.class"), out);
        }
    }
}
