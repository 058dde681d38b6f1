package io.polyport.rest.openapi;

import io.polyport.core.registry.ValueType;
import io.swagger.v3.oas.models.media.Schema;

/** JSON Schemas of the neutral value types as REST carries them (date-times ISO-8601, binaries base64). */
final class ValueSchemas {
    private ValueSchemas() {
    }

    static Schema<Object> of(ValueType type) {
        return switch (type) {
            case STRING -> typed("string");
            case INT -> formatted("integer", "int32");
            case LONG -> formatted("integer", "int64");
            case BOOLEAN -> typed("boolean");
            case DOUBLE -> formatted("number", "double");
            case DATETIME -> formatted("string", "date-time");
            case BINARY -> {
                Schema<Object> base64 = typed("string");
                base64.setContentEncoding("base64");
                yield base64;
            }
            case ARRAY -> arrayOf(new Schema<>());
            case STRUCT -> typed("object");
            case NIL -> typed("null");
            case ANY -> new Schema<>();
        };
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
