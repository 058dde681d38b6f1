package io.polyport.rest.openapi;

import io.polyport.core.registry.ValueType;
import io.swagger.v3.oas.models.media.Schema;

/** JSON Schemas of the neutral value types as REST carries them (date-times ISO-8601, binaries base64). */
final class ValueSchemas {
    private ValueSchemas() {
    }

    static Schema<Object> of(ValueType type) {
        Schema<Object> schema = new Schema<>();
        switch (type) {
            case STRING -> schema.type("string");
            case INT -> schema.type("integer").format("int32");
            case LONG -> schema.type("integer").format("int64");
            case BOOLEAN -> schema.type("boolean");
            case DOUBLE -> schema.type("number").format("double");
            case DATETIME -> schema.type("string").format("date-time");
            case BINARY -> schema.type("string").contentEncoding("base64");
            case ARRAY -> schema.type("array").items(new Schema<>());
            case STRUCT -> schema.type("object");
            case NIL -> schema.type("null");
            case ANY -> schema.description("any value");
        }
        return schema;
    }
}
