package io.polyport.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.http.SecurityHeaders;
import io.polyport.server.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The docs page over plain HTTP (no browser): headers, compression, its files, and what it lists per caller. */
class DocsPageHttpTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String admin() {
        return TestServer.basic("admin", TestServer.ADMIN_PASSWORD);
    }

    @Test
    void pageIsSentGzippedWithTheContentSecurityPolicy() throws IOException {
        HttpResponse<byte[]> page = get("/login/rpc", "Authorization", admin(), "Accept-Encoding", "gzip");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        Document document = Jsoup.parse(html);
        assertThat(document.select("article.method").size()).isGreaterThan(60);
        assertThat(document.select("script[src]").eachAttr("src")).containsExactly("/rpc/static/docs.js");
        assertThat(document.select("script:not([src])")).isEmpty();
        assertThat(document.select("[style]")).isEmpty();
        assertThat(document.select("style")).isEmpty();
        assertThat(document.body().attr("data-base")).isEqualTo("/login");
        assertThat(document.select("[id='ticket.get'] figcaption").eachText()).contains("XML-RPC",
                "JSON-RPC 1.0 (Trac)", "JSON-RPC 2.0", "REST GET /rest/tickets/{id}", "REST POST /rest/rpc/{method}");
        assertThat(document.select("[id='ticket.get'] details pre").first().text())
                .startsWith("curl -u USER:PASSWORD -H 'Content-Type: text/xml'").endsWith("/login/xmlrpc'");
        assertThat(document.select("#Errors td").eachText()).contains("PERMISSION_DENIED", "fault 403 (HTTP 200)",
                "HTTP 403, application/problem+json");
    }

    @Test
    void withoutGzipThePageIsPlain() {
        HttpResponse<byte[]> page = get("/login/rpc", "Authorization", admin());
        assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void anonymousWithoutXmlRpcGetsTheForbiddenPage() {
        HttpResponse<byte[]> page = get("/rpc");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("XML_RPC privileges are required");
    }

    @Test
    void staticFilesAreServedAndNothingElse() {
        HttpResponse<byte[]> script = get("/rpc/static/docs.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/rpc/static/docs.css").headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
        assertThat(get("/rpc/static/../templates/docs.html").statusCode()).isIn(400, 404);
        assertThat(get("/rpc/static/docs.html").statusCode()).isEqualTo(404);
        assertThat(get("/rpc/elsewhere").statusCode()).isEqualTo(404);
    }

    @Test
    void openRpcDocumentNeedsGetAndCredentialsUnderLogin() throws Exception {
        assertThat(get("/login/rpc/openrpc.json").statusCode()).isEqualTo(401);
        HttpResponse<String> post = server.post("/login/rpc/openrpc.json", "application/json", "{}", "admin",
                TestServer.ADMIN_PASSWORD);
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<byte[]> anonymous = get("/rpc/openrpc.json");
        assertThat(anonymous.statusCode()).as("anonymous lacks XML_RPC").isEqualTo(403);
    }
}
