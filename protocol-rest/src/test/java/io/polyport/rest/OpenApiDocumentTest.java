package io.polyport.rest;

import static io.polyport.rest.RestFixture.ANONYMOUS;
import static io.polyport.rest.RestFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.spi.testing.BufferedExchange;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
    private final RestFixture rest = new RestFixture();
    private final BufferedExchange served = rest.send(request("GET", "/openapi.json", null, ANONYMOUS));

    @Test
    void passesTheSwaggerParserValidator() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.responseText(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/tickets", "/tickets/{id}",
                "/tickets/{id}/attachments/{filename}", "/wiki/{pagename}", "/milestones", "/rpc/ticket.get");
    }

    @Test
    void parserFlagsABrokenDocument() {
        String broken = served.responseText().replace("\"responses\":", "\"responsez\":");
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(broken, null, new ParseOptions());
        assertThat(result.getMessages()).isNotEmpty();
    }

    @Test
    void everyRegistryMethodIsAnOperation() throws Exception {
        JsonNode document = new ObjectMapper().readTree(served.responseBody());
        Set<String> operationIds = new HashSet<>();
        document.get("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                operationIds.add(op.get("operationId").asText());
            }
        }));
        for (MethodDescriptor method : rest.gateway.registry().methods()) {
            assertThat(operationIds).contains(method.name() + ".call");
        }
        assertThat(operationIds).contains("ticket.get", "ticket.update", "wiki.putPage", "ticket.putAttachment");
        assertThat(document.get("components").get("securitySchemes").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("basic", "bearer");
        assertThat(document.toString()).doesNotContain("exampleSetFlag", "specVersion");
        List<String> shapes = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(p -> shapes.add(p.replaceAll("\\{[^}]*}", "{}")));
        assertThat(shapes).as("templated paths differing only in variable names").doesNotHaveDuplicates();
    }
}
