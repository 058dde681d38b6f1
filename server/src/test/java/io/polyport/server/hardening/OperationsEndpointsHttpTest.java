package io.polyport.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestDatabases;
import io.polyport.server.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Security headers, health and metrics, against a real server. */
class OperationsEndpointsHttpTest {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final String CALL = "{\"method\": \"system.getAPIVersion\", \"params\": [], \"id\": 1}";
    /** One sample line of the Prometheus text format: name, optional labels, value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*)\\})? "
                    + "(-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)");

    @Test
    void htmlPagesCarryAStrictPolicyAndNoResponseNamesTheServer() {
        try (TestServer server = TestServer.start()) {
            server.grant("anonymous", "XML_RPC");
            HttpResponse<String> docs = get(server, "/rpc", "text/html");
            assertThat(docs.statusCode()).isEqualTo(200);
            assertThat(docs.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
            assertThat(docs.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(docs.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

            HttpResponse<String> swagger = get(server, "/rest/docs", "text/html");
            assertThat(swagger.statusCode()).isEqualTo(200);
            assertThat(swagger.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
            assertThat(swagger.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|<style|style=");
            Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"></script>").matcher(swagger.body());
            int served = 0;
            while (scripts.find()) {
                HttpResponse<String> script = get(server, scripts.group(1), "*/*");
                assertThat(script.statusCode()).as(scripts.group(1)).isEqualTo(200);
                assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/javascript"));
                served++;
            }
            assertThat(served).isEqualTo(3);

            HttpResponse<String> rpc = server.post("/rpc", "application/json", CALL, null, null);
            assertThat(rpc.statusCode()).isEqualTo(200);
            assertThat(rpc.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(rpc.headers().firstValue("Content-Security-Policy")).isEmpty();
            for (HttpResponse<String> response : new HttpResponse[] {docs, swagger, rpc}) {
                assertThat(response.headers().map().keySet()).noneMatch(name -> name.equalsIgnoreCase("server")
                        || name.equalsIgnoreCase("x-powered-by"));
            }
        }
    }

    @Test
    void readinessFollowsTheDatabaseAndSaysNothingMore() throws Exception {
        try (TestServer server = TestServer.start()) {
            assertThat(get(server, "/health/live", "*/*").body()).isEqualTo("ok");
            HttpResponse<String> ready = get(server, "/health/ready", "*/*");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("ok");
            try (Connection db = TestDatabases.connect(server.data()); Statement sql = db.createStatement()) {
                sql.execute("alter table flyway_schema_history rename to moved_away");
                HttpResponse<String> notReady = get(server, "/health/ready", "*/*");
                assertThat(notReady.statusCode()).isEqualTo(503);
                assertThat(notReady.body()).isEqualTo("unavailable");
                assertThat(get(server, "/health/live", "*/*").statusCode()).isEqualTo(200);
                sql.execute("alter table moved_away rename to flyway_schema_history");
            }
            assertThat(get(server, "/health/ready", "*/*").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void metricsNeedThePermissionAndParseAsPrometheusText() {
        try (TestServer server = TestServer.start()) {
            server.addUser("viewer", "viewer-pw", "XML_RPC");
            server.addUser("scraper", "scraper-pw", "METRICS_VIEW");
            assertThat(server.post("/login/rpc", "application/json", CALL, "viewer", "viewer-pw").statusCode())
                    .isEqualTo(200);
            assertThat(server.post("/login/rpc", "application/json", CALL, "viewer", "wrong").statusCode())
                    .isEqualTo(401);
            assertThat(get(server, "/metrics", "*/*").statusCode()).isEqualTo(401);
            assertThat(getAs(server, "/metrics", "viewer", "viewer-pw").statusCode()).isEqualTo(403);
            HttpResponse<String> scrape = getAs(server, "/metrics", "scraper", "scraper-pw");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
            Map<String, Double> samples = parse(scrape.body());
            assertThat(samples.get("polyport_calls_seconds_count{method=\"system.getAPIVersion\",outcome=\"ok\","
                    + "protocol=\"JSON-RPC\"}")).isEqualTo(1.0);
            assertThat(samples.get("polyport_auth_failures_total{scheme=\"basic\"}")).isGreaterThanOrEqualTo(1.0);
            assertThat(samples).containsKey("polyport_http_connections");
            assertThat(samples).containsKey("polyport_db_connections_active");
            assertThat(samples.keySet()).anyMatch(key -> key.startsWith("jvm_memory_used_bytes{"));
            assertThat(samples.keySet()).anyMatch(key -> key.startsWith("polyport_http_requests_seconds_bucket{"));
        }
    }

    @Test
    void aSeparateMetricsPortAnswersWithoutCredentials() {
        try (TestServer server = TestServer.start(Config.defaults().with("metrics", "port", 0))) {
            assertThat(get(server, "/metrics", "*/*").statusCode()).isEqualTo(404);
            HttpResponse<String> scrape = server.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.listenerPort(1) + "/metrics")).build());
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(parse(scrape.body())).containsKey("polyport_http_connections");
        }
    }

    /** Every line is a comment or a well-formed sample; returns the samples by name and labels. */
    static Map<String, Double> parse(String text) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("Prometheus sample line: %s", line).isTrue();
            String labels = sample.group(3) == null ? "" : "{" + sample.group(3).replaceAll(",$", "") + "}";
            samples.put(sample.group(1) + labels, Double.parseDouble(sample.group(4).replace("+Inf", "Infinity")));
        }
        return samples;
    }

    private static HttpResponse<String> get(TestServer server, String path, String accept) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Accept", accept).GET().build());
    }

    private static HttpResponse<String> getAs(TestServer server, String path, String user, String password) {
        return server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", TestServer.basic(user, password)).GET().build());
    }
}
