package io.polyport.jsonrpc;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value from a streaming parser into the neutral value set: integers as {@code Integer} when
 * they fit, else {@code Long} (or {@code BigInteger}, which only an id may be), other numbers as {@code Double}
 * (numbers beyond a double's range, {@code 1e999999}, are parse errors), strings, booleans, null,
 * arrays as {@code List}, objects as {@code LinkedHashMap}, and class hints as {@code Instant} or
 * {@code byte[]}. A bad class hint does not stop the parse: it reads as null and is reported by
 * {@link #takeHintError()}, so a batch can go on with its next request.
 */
final class ValueReader {
    private final JsonParser parser;
    private String hintError;

    ValueReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Reads the value whose first token is the parser's current token, leaving the parser on its last token. */
    Object read() throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject();
            case START_ARRAY -> readArray();
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> readInteger();
            case VALUE_NUMBER_FLOAT -> readDouble();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }

    /** The first class-hint error since the last call, or null; clears it. */
    String takeHintError() {
        String error = hintError;
        hintError = null;
        return error;
    }

    private Object readInteger() throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> parser.getIntValue();
            case LONG -> parser.getLongValue();
            default -> parser.getBigIntegerValue();
        };
    }

    private double readDouble() throws IOException {
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw new JsonParseException(parser, "Number out of the range of a double");
        }
        return value;
    }

    private List<Object> readArray() throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read());
        }
        return array;
    }

    private Object readObject() throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, read());
        }
        if (!object.containsKey(ClassHints.KEY)) {
            return object;
        }
        try {
            return ClassHints.decode(object.get(ClassHints.KEY));
        } catch (IllegalArgumentException e) {
            if (hintError == null) {
                hintError = e.getMessage();
            }
            return null;
        }
    }
}
