package io.polyport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import io.polyport.server.plugin.PluginJarBuilder;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party's protocol, compiled against core alone and dropped into the plugin folder as a jar (with or
 * without a plugin descriptor), is found at start-up and served on its own path and on the shared {@code /rpc}
 * path; {@code protocols.<name>.enabled: false} turns any protocol off.
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

    private Path installEcho(Path data) {
        return new PluginJarBuilder(work.resolve("build")).source("com/example/echo/EchoProtocol.java", SOURCE)
                .resource("META-INF/services/io.polyport.core.spi.Protocol", "com.example.echo.EchoProtocol\n")
                .build(data.resolve("plugins").resolve("echo.jar"));
    }

    @Test
    void aProtocolJarInThePluginFolderIsServed() {
        Path data = work.resolve("data");
        installEcho(data);
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

    @Test
    @SuppressWarnings("unchecked")
    void aProtocolInAPluginWithADescriptorIsServedAndListed() throws Exception {
        Path data = work.resolve("data");
        new PluginJarBuilder(work.resolve("build")).source("com/example/echo/EchoProtocol.java", SOURCE)
                .resource("META-INF/services/io.polyport.core.spi.Protocol", "com.example.echo.EchoProtocol\n")
                .descriptor("echo", "2.0.1", "1.0")
                .build(data.resolve("plugins").resolve("echo.jar"));
        try (TestServer server = TestServer.start(Config.defaults(), data)) {
            assertThat(server.post("/login/echo", "text/x-echo", "system.getAPIVersion", "admin",
                    TestServer.ADMIN_PASSWORD).body()).isEqualTo("result [1, 2, 0]");
            Object[] plugins = (Object[]) server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD)
                    .execute("plugin.list", new Object[0]);
            assertThat((Map<String, Object>) plugins[1]).containsEntry("id", "echo").containsEntry("version", "2.0.1");
            assertThat((Object[]) ((Map<?, ?>) plugins[1]).get("protocols")).containsExactly("Echo");
        }
    }

    @Test
    void anAdministratorTurnsProtocolsOffBuiltInOrPlugin() {
        Path data = work.resolve("data");
        installEcho(data);
        Config config = Config.parse("""
                protocols:
                  Echo: {enabled: false}
                  REST: {enabled: false}
                """);
        try (TestServer server = TestServer.start(config, data)) {
            assertThat(server.post("/login/echo", "text/x-echo", "system.getAPIVersion", "admin",
                    TestServer.ADMIN_PASSWORD).statusCode()).isEqualTo(404);
            assertThat(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/rest/openapi.json")).build())
                    .statusCode()).isEqualTo(404);
            assertThat(server.post("/login/jsonrpc", "application/json",
                    "{\"method\": \"system.getAPIVersion\", \"params\": [], \"id\": 1}", "admin",
                    TestServer.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aProtocolSwitchWithAnUnknownKeyIsRefused() {
        Config config = Config.parse("protocols:\n  REST:\n    enabeld: false\n");
        assertThatThrownBy(() -> TestServer.start(config).close()).hasMessageContaining("protocols.REST")
                .hasMessageContaining("enabeld");
    }
}
