package io.polyport.server.docs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The OpenRPC and OpenAPI 3.1 meta-schemas, vendored under {@code meta-schemas/} (see its README), loaded without
 * any network access: every IRI they refer to is mapped to a vendored file or a draft the validator ships.
 */
final class MetaSchemas {
    private static final String JSON_SCHEMA_TOOLS = "https://meta.json-schema.tools/";
    private static final String OPENRPC = "https://meta.open-rpc.org/";
    private static final String OAS = "https://spec.openapis.org/oas/3.1/";
    private static final String OAS_SCHEMA_BASE = OAS + "schema-base/2021-04-15";

    private static final Schema OPENRPC_SCHEMA = SchemaRegistry.withDialects(
            List.of(Dialects.getDraft7(), Dialect.builder(JSON_SCHEMA_TOOLS, Dialects.getDraft7()).build()),
            builder -> builder.schemas(Map.of(
                    OPENRPC, resource("openrpc.json"),
                    JSON_SCHEMA_TOOLS, resource("json-schema-tools.json"),
                    "https://meta.json-schema.tools", resource("json-schema-tools.json"))))
            .getSchema(SchemaLocation.of(OPENRPC));

    private static final Schema OPENAPI_SCHEMA = SchemaRegistry.withDialects(
            List.of(Dialects.getDraft202012(), Dialects.getOpenApi31()),
            builder -> builder.schemas(Map.of(
                    OAS_SCHEMA_BASE, resource("oas-3.1/schema-base.json"),
                    OAS + "schema/2021-04-15", resource("oas-3.1/schema.json"),
                    OAS + "dialect/base", resource("oas-3.1/dialect-base.json"),
                    OAS + "meta/base", resource("oas-3.1/meta-base.json"))))
            .getSchema(SchemaLocation.of(OAS_SCHEMA_BASE));

    private MetaSchemas() {
    }

    /** The violations of the OpenRPC 1.3 meta-schema in a JSON document; empty when it is valid. */
    static List<Error> openRpcViolations(String json) {
        return OPENRPC_SCHEMA.validate(json, InputFormat.JSON);
    }

    /**
     * The violations of the OpenAPI 3.1 schema in a JSON document, its Schema Objects checked against JSON Schema
     * 2020-12 and the OAS base vocabulary; empty when it is valid.
     */
    static List<Error> openApiViolations(String json) {
        return OPENAPI_SCHEMA.validate(json, InputFormat.JSON);
    }

    private static String resource(String name) {
        try (InputStream in = MetaSchemas.class.getClassLoader().getResourceAsStream("meta-schemas/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
