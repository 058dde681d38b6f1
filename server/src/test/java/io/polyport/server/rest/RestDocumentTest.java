package io.polyport.server.rest;

import static io.polyport.server.rest.RestClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.server.testing.TestServer;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document of the real tracker: valid, complete, and every method in it answers through REST. */
class RestDocumentTest {
    private static TestServer server;
    private static RestClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = new RestClient(server, "admin", TestServer.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void documentIsValidOpenApi31() {
        HttpResponse<byte[]> document = admin.get("/rest/openapi.json");
        assertThat(document.statusCode()).isEqualTo(200);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(RestClient.text(document), null,
                new ParseOptions());
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/tickets", "/tickets/{id}", "/tickets/{id}/changelog",
                "/tickets/{id}/descriptionhtml",
                "/tickets/{id}/actions", "/tickets/{id}/attachments", "/tickets/{id}/attachments/{filename}",
                "/milestones", "/components", "/versions", "/types", "/priorities", "/severities", "/resolutions",
                "/wiki/{pagename}", "/search");
    }

    @Test
    void everyRegistryMethodIsDocumentedAndAnswersThroughRest() {
        JsonNode document = body(admin.get("/rest/openapi.json"));
        List<String> methods = new ArrayList<>();
        body(admin.json("POST", "/rest/rpc/system.listMethods", "[]")).forEach(m -> methods.add(m.asText()));
        assertThat(methods).hasSizeGreaterThan(60);
        for (String method : methods) {
            JsonNode operation = document.get("paths").get("/rpc/" + method).get("post");
            assertThat(operation.get("operationId").asText()).isEqualTo(method + ".call");
            HttpResponse<byte[]> answer = admin.json("POST", "/rest/rpc/" + method, "{}");
            assertThat(answer.statusCode()).as(method + " " + RestClient.text(answer)).isIn(200, 400, 404, 409);
            if (answer.statusCode() == 404) {
                assertThat(body(answer).get("type").asText()).as(method).isEqualTo("urn:polyport:problem:not-found");
            }
        }
    }
}
