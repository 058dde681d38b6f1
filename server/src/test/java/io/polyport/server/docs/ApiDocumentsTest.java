package io.polyport.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real tracker's machine-readable documents, fetched from a running server: the OpenRPC document (over
 * {@code rpc.discover} and at {@code /rpc/openrpc.json}) against the OpenRPC meta-schema, and the OpenAPI document
 * against the OpenAPI 3.1 schema with every Schema Object checked as JSON Schema 2020-12.
 */
class ApiDocumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCUMENTS = Path.of("target", "documents");
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode discover() throws Exception {
        HttpResponse<String> response = server.post("/login/jsonrpc", "application/json",
                "{\"jsonrpc\": \"2.0\", \"method\": \"rpc.discover\", \"id\": 1}", "admin", TestServer.ADMIN_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("result");
    }

    private static String get(String path) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", TestServer.basic("admin", TestServer.ADMIN_PASSWORD))
                .header("Accept", "application/json").build());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void openRpcDocumentIsValidAgainstTheMetaSchema() throws Exception {
        JsonNode document = discover();
        assertThat(document.get("methods").size()).isGreaterThan(60);
        assertThat(MetaSchemas.openRpcViolations(JSON.writeValueAsString(document))).isEmpty();
    }

    @Test
    void openRpcMetaSchemaCatchesABrokenDocument() throws Exception {
        ObjectNode document = (ObjectNode) discover();
        ((ObjectNode) document.get("methods").get(0)).remove("name");
        assertThat(MetaSchemas.openRpcViolations(JSON.writeValueAsString(document))).isNotEmpty();
    }

    @Test
    void ticketResultsAreDeclared() throws Exception {
        JsonNode get = null;
        for (JsonNode method : discover().get("methods")) {
            if (method.get("name").asText().equals("ticket.get")) {
                get = method;
            }
        }
        assertThat(get).isNotNull();
        assertThat(get.at("/result/schema/items/0/title").asText()).isEqualTo("id");
        assertThat(get.at("/result/schema/items/1/properties/__jsonclass__").isObject()).isTrue();
        assertThat(get.at("/x-permission").asText()).isEqualTo("TICKET_VIEW");
    }

    @Test
    void openRpcDocumentIsServedAsAFileToo() throws Exception {
        JsonNode served = JSON.readTree(get("/login/rpc/openrpc.json"));
        assertThat(served).isEqualTo(discover());
    }

    @Test
    void openApiDocumentIsValidAgainstTheOpenApi31Schema() throws Exception {
        String document = get("/rest/openapi.json");
        assertThat(MetaSchemas.openApiViolations(document)).isEmpty();
        // kept for linters run by hand (Spectral, Redocly): see docs/docs-page.md
        Files.createDirectories(DOCUMENTS);
        Files.writeString(DOCUMENTS.resolve("openapi.json"), document);
        Files.writeString(DOCUMENTS.resolve("openrpc.json"), JSON.writeValueAsString(discover()));
    }

    @Test
    void openApiSchemaCatchesAnInvalidSchemaObject() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(get("/rest/openapi.json"));
        ((ObjectNode) document.at("/components/schemas/Problem")).put("type", "nonsense");
        assertThat(MetaSchemas.openApiViolations(JSON.writeValueAsString(document))).isNotEmpty();
    }

    @Test
    void everyOpenApiResponseDeclaresItsSchema() throws Exception {
        JsonNode document = JSON.readTree(get("/rest/openapi.json"));
        document.get("paths").forEach(item -> item.forEach(operation -> operation.get("responses")
                .properties().forEach(response -> {
                    JsonNode content = response.getValue().get("content");
                    if (content != null && content.has("application/json")) {
                        assertThat(content.get("application/json").get("schema").isEmpty())
                                .as(operation.get("operationId") + " " + response.getKey()).isFalse();
                    }
                })));
        JsonNode ticket = document.at("/paths/~1tickets~1{id}/get/responses/200/content/application~1json/schema");
        assertThat(ticket.at("/properties/id/type").asText()).isEqualTo("integer");
        JsonNode tickets = document.at("/paths/~1tickets/get/responses/200/content/application~1json/schema");
        assertThat(tickets.at("/items/properties/id/type").asText()).isEqualTo("integer");
    }
}
