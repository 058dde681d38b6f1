package io.polyport.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code /about} tells anyone, without credentials, the version and which APIs are enabled. */
class AboutTest {

    @Test
    void jsonForProgramsHtmlForBrowsersOnlyEnabledProtocols() throws Exception {
        try (TestServer server = TestServer.start(Config.parse("protocols:\n  JSON-RPC: {enabled: false}\n"))) {
            HttpResponse<String> json = server.send(HttpRequest.newBuilder(server.uri("/about")).build());
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode about = new ObjectMapper().readTree(json.body());
            assertThat(about.path("polyport").asText()).isEqualTo(PolyportVersion.get()).doesNotContain("${");
            assertThat(about.path("pluginApi").asText()).isEqualTo("1.0");
            assertThat(about.path("protocols").findValuesAsText("name")).containsExactlyInAnyOrder("XML-RPC", "REST");
            assertThat(about.path("services").toString()).contains("\"ticket\"", "\"wiki\"", "\"system\"",
                    "\"plugin\"");
            assertThat(about.path("plugins").get(0).path("id").asText()).isEqualTo("tracker");

            HttpResponse<String> html = server.send(HttpRequest.newBuilder(server.uri("/about"))
                    .header("Accept", "text/html").build());
            assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(html.body()).contains("<h1>About Polyport</h1>").contains("XML-RPC: /xmlrpc")
                    .doesNotContain("JSON-RPC");
        }
    }
}
