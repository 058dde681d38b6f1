package io.polyport.server.rest;

import static io.polyport.server.rest.RestClient.body;
import static io.polyport.server.rest.RestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP-level behaviour through Undertow: HEAD, OPTIONS, 405, 406, 415, method override, CORS, the API page. */
class RestHttpSemanticsTest {
    private static final String ORIGIN = "https://board.example";
    private static TestServer server;
    private static RestClient admin;
    private static RestClient anonymous;
    private static int ticket;

    @BeforeAll
    static void start() {
        System.setProperty("polyport.rest.cors.allowedOrigins", ORIGIN);
        try {
            server = TestServer.start();
        } finally {
            System.clearProperty("polyport.rest.cors.allowedOrigins");
        }
        server.grant("anonymous", "XML_RPC");
        admin = new RestClient(server, "admin", TestServer.ADMIN_PASSWORD);
        anonymous = new RestClient(server, null, null);
        ticket = body(admin.json("POST", "/rest/tickets", "{\"summary\":\"s\",\"description\":\"d\"}")).get("id").asInt();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() {
        HttpResponse<byte[]> get = anonymous.get("/rest/tickets/" + ticket);
        HttpResponse<byte[]> head = anonymous.send(anonymous.request("/rest/tickets/" + ticket)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
    }

    @Test
    void optionsAnd405NameTheAllowedVerbs() {
        HttpResponse<byte[]> options = anonymous.send(anonymous.request("/rest/tickets")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(header(options, "Allow")).isEqualTo("GET, HEAD, OPTIONS, POST");
        HttpResponse<byte[]> put = admin.json("PUT", "/rest/tickets", "{}");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(header(put, "Allow")).isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(anonymous.get("/rest/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void unsupportedFormatsGive406And415() {
        assertThat(anonymous.send(anonymous.request("/rest/tickets").header("Accept", "application/xml").GET())
                .statusCode()).isEqualTo(406);
        HttpResponse<byte[]> xml = admin.send(admin.request("/rest/tickets").header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<ticket/>")));
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(header(xml, "Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void methodOverrideOnPost() {
        int id = body(admin.json("POST", "/rest/tickets", "{\"summary\":\"o\",\"description\":\"d\"}")).get("id")
                .asInt();
        HttpResponse<byte[]> patched = admin.json("POST", "/rest/tickets/" + id, "{\"priority\":\"minor\"}",
                "X-HTTP-Method-Override", "PATCH", "If-Match", "*");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(body(patched).get("priority").asText()).isEqualTo("minor");
    }

    @Test
    void corsForTheConfiguredOriginOnly() {
        HttpResponse<byte[]> preflight = anonymous.send(anonymous.request("/rest/tickets/" + ticket)
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "PATCH")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("PATCH");
        assertThat(header(preflight, "Access-Control-Allow-Headers")).contains("If-Match");
        HttpResponse<byte[]> read = anonymous.send(anonymous.request("/rest/tickets/" + ticket)
                .header("Origin", ORIGIN).GET());
        assertThat(header(read, "Access-Control-Expose-Headers")).contains("ETag");
        HttpResponse<byte[]> foreign = anonymous.send(anonymous.request("/rest/tickets/" + ticket)
                .header("Origin", "https://elsewhere.example").GET());
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void gatewayRefusalsCarryCorsHeadersSoBrowsersCanReadThem() {
        RestClient wrong = new RestClient(server, "admin", "wrong");
        HttpResponse<byte[]> refused = wrong.send(wrong.request("/rest/tickets").header("Origin", ORIGIN).GET());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(header(refused, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(refused, "Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(header(refused, "Access-Control-Expose-Headers")).contains("WWW-Authenticate");
    }

    @Test
    void apiPageAndItsAssets() {
        HttpResponse<byte[]> page = anonymous.get("/rest/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(RestClient.text(page)).contains("/rest/openapi.json");
        HttpResponse<byte[]> css = anonymous.get("/rest/docs/swagger-ui.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).startsWith("text/css");
    }
}
