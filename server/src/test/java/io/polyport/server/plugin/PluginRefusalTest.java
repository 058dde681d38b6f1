package io.polyport.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.server.config.Config;
import io.polyport.server.http.PolyportServer;
import io.polyport.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a plugin is refused: the server does not start, and the message names the plugin and the cause. A
 * refusal leaves nothing running: plugins started before it are stopped, and the same data folder serves again
 * once the culprit is gone. A disabled plugin is skipped without loading it.
 */
class PluginRefusalTest {
    @TempDir
    Path work;

    private Path data() {
        return work.resolve("data");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(Config config) {
        Config effective = config.with("server", "data", data().toString()).with("server", "port", 0);
        return assertThatThrownBy(() -> PolyportServer.start(effective).close()).isInstanceOf(PluginException.class);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused() {
        return refused(Config.defaults());
    }

    @Test
    void aJarWithoutDescriptor() {
        new TinyPlugin().builder(work).without("META-INF/polyport-plugin.properties")
                .build(data().resolve("plugins/nameless.jar"));
        refused().hasMessageContaining("nameless.jar").hasMessageContaining("no descriptor "
                + "META-INF/polyport-plugin.properties");
    }

    @Test
    void aBadDescriptor() {
        new TinyPlugin().builder(work).resource("META-INF/polyport-plugin.properties", "id = Bad_Id\nversion = 1\n"
                + "api = 1.0\n").build(data().resolve("plugins/bad.jar"));
        refused().hasMessageContaining("bad.jar").hasMessageContaining("bad descriptor: plugin id 'Bad_Id'");
        new TinyPlugin().builder(work).resource("META-INF/polyport-plugin.properties", "id = bad\nversion = 1\n")
                .build(data().resolve("plugins/bad.jar"));
        refused().hasMessageContaining("bad.jar").hasMessageContaining("descriptor lacks 'api'");
    }

    @Test
    void anIncompatibleApiVersion() {
        new TinyPlugin().api("2.0").install(work, data());
        refused().hasMessageContaining("plugin tiny (").hasMessageContaining("built for plugin API 2.0, but this "
                + "server provides 1.0");
        new TinyPlugin().api("1.7").install(work, data());
        refused().hasMessageContaining("built for plugin API 1.7");
    }

    @Test
    void aDuplicateId() {
        new TinyPlugin().install(work, data());
        new TinyPlugin().method("other", "ping").builder(work).build(data().resolve("plugins/zz-copy.jar"));
        refused().hasMessageContaining("plugin tiny (").hasMessageContaining("zz-copy.jar")
                .hasMessageContaining("id 'tiny' is already taken by").hasMessageContaining("tiny.jar");
    }

    @Test
    void aMethodNameTakenByTheServerTheTrackerOrAnotherPlugin() {
        new TinyPlugin().method("system", "listMethods").install(work, data());
        refused().hasMessageContaining("plugin tiny").hasMessageContaining(
                "method system.listMethods is already taken by the server");
        new TinyPlugin().method("ticket", "get").install(work, data());
        refused().hasMessageContaining("method ticket.get is already taken by plugin tracker");
        new TinyPlugin().method("", "ping").install(work, data());
        new TinyPlugin().id("second").method("", "ping").permission("SECOND_VIEW").install(work, data());
        refused().hasMessageContaining("plugin tiny (").hasMessageContaining(
                "method ping is already taken by plugin second");
    }

    @Test
    void aPathTakenByABuiltInProtocolOrTheGateway() {
        new TinyPlugin().protocolPath("/xmlrpc").install(work, data());
        refused().hasMessageContaining("plugin tiny").hasMessageContaining(
                "path /xmlrpc is already taken by the built-in protocol XML-RPC");
        new TinyPlugin().protocolPath("/about").install(work, data());
        refused().hasMessageContaining("path /about is already taken by the server");
    }

    @Test
    void aPermissionDeclaredTwice() {
        new TinyPlugin().permission("TICKET_VIEW").install(work, data());
        refused().hasMessageContaining("plugin tiny").hasMessageContaining(
                "permission TICKET_VIEW is already declared by tracker");
    }

    @Test
    void aFailingMigrationLeavesNoTableBehind() throws Exception {
        new TinyPlugin().migration("CREATE TABLE tiny_first (id INTEGER);\nCREATE TABLE tiny_broken (;\n")
                .install(work, data());
        refused().hasMessageContaining("plugin tiny").hasMessageContaining("migration failed");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data().resolve("polyport.db"));
             ResultSet tables = connection.getMetaData().getTables(null, null, "tiny_first", null)) {
            assertThat(tables.next()).isFalse();
        }
    }

    @Test
    void aPluginThrowingInStartAndThePluginsStartedBeforeItAreStopped() throws Exception {
        Path marker = work.resolve("first-stopped");
        new TinyPlugin().id("first").method("first", "ping").permission("FIRST_VIEW").install(work, data());
        new TinyPlugin().id("second").method("second", "ping").permission("SECOND_VIEW")
                .onStart("if (true) throw new IllegalStateException(\"no licence\");").install(work, data());
        Config config = Config.defaults().with("plugins", "first", Map.of("stopMarker", marker.toString()));
        refused(config).hasMessageContaining("plugin second (").hasMessageContaining(
                "failed to start: IllegalStateException no licence");
        assertThat(marker).hasContent("stopped");

        Files.delete(data().resolve("plugins/second.jar"));
        try (TestServer server = TestServer.start(config, data())) {
            assertThat(server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD)
                    .execute("first.ping", new Object[0])).isEqualTo(1);
        }
    }

    @Test
    void anUnknownConfigurationKey() {
        new TinyPlugin().install(work, data());
        refused(Config.parse("plugins:\n  tiny:\n    mottto: typo\n")).hasMessageContaining("plugin tiny")
                .hasMessageContaining("plugins.tiny").hasMessageContaining("mottto");
        refused(Config.parse("plugins:\n  tiny:\n    enabled: maybe\n"))
                .hasMessageContaining("plugins.tiny.enabled: must be true or false");
    }

    @Test
    void aDisabledPluginIsSkippedWithoutBeingLoaded() throws Exception {
        new TinyPlugin().onStart("if (true) throw new IllegalStateException(\"broken\");").install(work, data());
        try (TestServer server = TestServer.start(Config.parse("plugins:\n  tiny:\n    enabled: false\n"), data())) {
            XmlRpcClient admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
            assertThat((Object[]) admin.execute("system.listMethods", new Object[0])).doesNotContain("tiny.ping");
            Object[] plugins = (Object[]) admin.execute("plugin.list", new Object[0]);
            assertThat(plugins).extracting(p -> (Object) ((Map<?, ?>) p).get("state"))
                    .containsExactly("enabled", "disabled");
        }
    }
}
