package io.polyport.rest.openapi;

import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.schema.JsonSchemas;
import io.polyport.core.schema.SchemaStyle;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas as REST carries values (date-times ISO-8601, binaries base64), as OpenAPI model objects. The
 * schemas themselves come from core's {@link JsonSchemas}, the one derivation shared with OpenRPC; this class
 * only converts them and shapes read results into the resource representations REST answers with.
 */
final class ValueSchemas {
    private static final JsonSchemas SCHEMAS = new JsonSchemas(SchemaStyle.OPENAPI);

    private ValueSchemas() {
    }

    /** The schema of a parameter's values. */
    static Schema<Object> param(ParamDescriptor param) {
        return convert(SCHEMAS.of(param.javaType()));
    }

    /** The schema of a method's result, as the RPC protocols and {@code /rpc/{method}} return it. */
    static Map<String, Object> result(MethodDescriptor method) {
        return SCHEMAS.result(method);
    }

    /**
     * The resource a read result becomes (see {@code Representations}): a positional array ending in a struct is
     * shown as that struct with {@code id} first; anything else as it is.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> representation(Map<String, Object> result) {
        if (!(result.get("prefixItems") instanceof List<?> items) || items.size() < 2
                || !"object".equals(((Map<String, Object>) items.get(items.size() - 1)).get("type"))) {
            return result;
        }
        Map<String, Object> struct = new LinkedHashMap<>((Map<String, Object>) items.get(items.size() - 1));
        Map<String, Object> properties = new LinkedHashMap<>();
        Map<String, Object> id = new LinkedHashMap<>((Map<String, Object>) items.get(0));
        id.remove("title");
        properties.put("id", id);
        if (struct.get("properties") instanceof Map<?, ?> fields) {
            properties.putAll((Map<String, Object>) fields);
        }
        struct.remove("title");
        struct.put("properties", properties);
        struct.put("required", List.of("id"));
        struct.put("additionalProperties", true);
        return struct;
    }

    /** Whether values of a schema are scalars (the identifiers a list returns). */
    static boolean isScalar(Map<String, Object> schema) {
        return "integer".equals(schema.get("type")) || "string".equals(schema.get("type"));
    }

    /** A core schema (plain maps and lists) as an OpenAPI model object. */
    @SuppressWarnings("unchecked")
    static Schema<Object> convert(Map<String, Object> json) {
        Schema<Object> schema = new Schema<>();
        json.forEach((keyword, value) -> {
            switch (keyword) {
                case "type" -> schema.setType((String) value);
                case "format" -> schema.setFormat((String) value);
                case "title" -> schema.setTitle((String) value);
                case "description" -> schema.setDescription((String) value);
                case "contentEncoding" -> schema.setContentEncoding((String) value);
                case "default" -> schema.setDefault(value);
                case "enum" -> schema.setEnum(new ArrayList<>((List<Object>) value));
                case "minItems" -> schema.setMinItems((Integer) value);
                case "maxItems" -> schema.setMaxItems((Integer) value);
                case "required" -> schema.setRequired(new ArrayList<>((List<String>) value));
                case "items" -> schema.setItems(convert((Map<String, Object>) value));
                case "prefixItems" -> schema.setPrefixItems(((List<Map<String, Object>>) value).stream()
                        .map(item -> (Schema) convert(item)).toList());
                case "properties" -> ((Map<String, Map<String, Object>>) value)
                        .forEach((name, property) -> schema.addProperty(name, convert(property)));
                case "additionalProperties" -> schema.setAdditionalProperties(value instanceof Map<?, ?> map
                        ? convert((Map<String, Object>) map) : value);
                case "minimum" -> schema.setMinimum(new BigDecimal(value.toString()));
                default -> throw new IllegalArgumentException("no OpenAPI conversion for keyword " + keyword);
            }
        });
        return schema;
    }

    /** A schema of one JSON type. */
    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        return schema;
    }

    /** A schema of one JSON type with a format. */
    static Schema<Object> formatted(String type, String format) {
        Schema<Object> schema = typed(type);
        schema.setFormat(format);
        return schema;
    }

    /** An array of {@code items}. */
    static Schema<Object> arrayOf(Schema<?> items) {
        Schema<Object> schema = typed("array");
        schema.setItems(items);
        return schema;
    }
}
