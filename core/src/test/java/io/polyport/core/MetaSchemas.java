package io.polyport.core;

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

/** The OpenRPC meta-schema, vendored under {@code meta-schemas/}, loaded without any network access. */
public final class MetaSchemas {
    private static final String JSON_SCHEMA_TOOLS = "https://meta.json-schema.tools/";
    private static final String OPENRPC = "https://meta.open-rpc.org/";
    private static final Schema OPENRPC_SCHEMA = SchemaRegistry.withDialects(
            List.of(Dialects.getDraft7(), Dialect.builder(JSON_SCHEMA_TOOLS, Dialects.getDraft7()).build()),
            builder -> builder.schemas(Map.of(
                    OPENRPC, resource("meta-schemas/openrpc.json"),
                    JSON_SCHEMA_TOOLS, resource("meta-schemas/json-schema-tools.json"),
                    "https://meta.json-schema.tools", resource("meta-schemas/json-schema-tools.json"))))
            .getSchema(SchemaLocation.of(OPENRPC));

    private MetaSchemas() {
    }

    /** The violations of the OpenRPC meta-schema in a JSON document; empty when it is valid. */
    public static List<Error> openRpcViolations(String json) {
        return OPENRPC_SCHEMA.validate(json, InputFormat.JSON);
    }

    private static String resource(String name) {
        try (InputStream in = MetaSchemas.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
