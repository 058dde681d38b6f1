package io.polyport.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin bundling jackson-databind 2.17 (copied to {@code target/plugin-libs} by the build) runs its own
 * Jackson, loaded by its own class loader, while the server keeps its newer one; the server's internals stay out
 * of the plugin's reach.
 */
class PluginIsolationTest {
    private static final String BUNDLED = "2.17.2";
    private static final Path LIBS = Path.of("target/plugin-libs");

    @TempDir
    Path work;

    @Test
    void aPluginUsesItsOwnJacksonAndTheServerKeepsItsOwn() throws Exception {
        Path data = work.resolve("data");
        new PluginJarBuilder(work.resolve("build")).folder("jsonish")
                .bundle(LIBS.resolve("jackson-databind-" + BUNDLED + ".jar"))
                .bundle(LIBS.resolve("jackson-core-" + BUNDLED + ".jar"))
                .bundle(LIBS.resolve("jackson-annotations-" + BUNDLED + ".jar"))
                .build(data.resolve("plugins/jsonish.jar"));
        String serverJackson = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        assertThat(serverJackson).isNotEqualTo(BUNDLED);

        try (TestServer server = TestServer.start(Config.defaults(), data)) {
            XmlRpcClient admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
            assertThat(admin.execute("jsonish.jacksonVersion", new Object[0])).isEqualTo(BUNDLED);
            assertThat(admin.execute("jsonish.mapperLoader", new Object[0])).isEqualTo("plugin:jsonish.jar");
            assertThat(admin.execute("jsonish.normalize", new Object[] {"{\"b\": 1, \"a\": [true]}"}))
                    .isEqualTo("{\"a\":[true],\"b\":1}");
            assertThat(admin.execute("jsonish.seesServerInternals", new Object[0])).isEqualTo(false);

            HttpResponse<String> json = server.post("/login/jsonrpc", "application/json",
                    "{\"method\": \"jsonish.jacksonVersion\", \"params\": [], \"id\": 1}", "admin",
                    TestServer.ADMIN_PASSWORD);
            assertThat(json.body()).contains("\"result\": \"" + BUNDLED + "\"");
            assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(serverJackson);
            assertThat(com.fasterxml.jackson.databind.ObjectMapper.class.getClassLoader())
                    .isSameAs(TestServer.class.getClassLoader());
        }
    }
}
