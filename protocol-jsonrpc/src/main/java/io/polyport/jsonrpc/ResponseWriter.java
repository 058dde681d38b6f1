package io.polyport.jsonrpc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.polyport.core.error.RpcException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes response envelopes and neutral values with Jackson's streaming generator, in Trac's layout: members
 * in Trac's order ({@code result, error, id} on success, {@code result, id, error} on failure), Python's
 * separators, ASCII only, and a final newline. JSON-RPC 2.0 responses carry {@code jsonrpc} and either
 * {@code result} or {@code error}. Date-times and binaries go out as class hints.
 */
final class ResponseWriter {
    /** Big enough for a typical response (a ticket is about 600 bytes), so the buffer rarely grows. */
    private static final int INITIAL_BUFFER_BYTES = 2048;

    private static final String ERROR_NAME = "JSONRPCError";

    private final JsonFactory json;

    ResponseWriter(JsonFactory json) {
        this.json = json;
    }

    /** One response, or an array of them for a batch. */
    byte[] write(List<Response> responses, boolean batch) {
        return write(gen -> {
            if (batch) {
                gen.writeStartArray();
                for (Response response : responses) {
                    writeResponse(gen, response);
                }
                gen.writeEndArray();
            } else {
                writeResponse(gen, responses.get(0));
            }
        });
    }

    /** Any neutral value, e.g. an example request built from plain lists and maps. */
    byte[] writeValue(Object value) {
        return write(gen -> writeValue(gen, value));
    }

    private byte[] write(Body body) {
        ByteArrayBuilder out = new ByteArrayBuilder(INITIAL_BUFFER_BYTES);
        try (JsonGenerator gen = json.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setPrettyPrinter(PythonSeparators.INSTANCE);
            body.writeTo(gen);
            gen.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeResponse(JsonGenerator gen, Response response) throws IOException {
        gen.writeStartObject();
        if (response.dialect() == Dialect.V2) {
            gen.writeStringField("jsonrpc", "2.0");
            if (response.error() == null) {
                writeResult(gen, response);
            } else {
                writeError(gen, response.error(), true);
            }
            writeId(gen, response);
        } else if (response.error() == null) {
            writeResult(gen, response);
            gen.writeNullField("error");
            writeId(gen, response);
        } else {
            gen.writeNullField("result");
            writeId(gen, response);
            writeError(gen, response.error(), false);
        }
        gen.writeEndObject();
    }

    private static void writeResult(JsonGenerator gen, Response response) throws IOException {
        gen.writeFieldName("result");
        writeValue(gen, response.result());
    }

    private static void writeId(JsonGenerator gen, Response response) throws IOException {
        gen.writeFieldName("id");
        writeValue(gen, response.id());
    }

    private static void writeError(JsonGenerator gen, RpcError error, boolean withData) throws IOException {
        gen.writeFieldName("error");
        gen.writeStartObject();
        gen.writeStringField("name", ERROR_NAME);
        gen.writeNumberField("code", error.code());
        gen.writeStringField("message", error.message());
        if (withData && !error.fieldErrors().isEmpty()) {
            gen.writeFieldName("data");
            gen.writeStartObject();
            gen.writeFieldName("fieldErrors");
            gen.writeStartArray();
            for (RpcException.FieldError field : error.fieldErrors()) {
                gen.writeStartObject();
                gen.writeStringField("field", field.field());
                gen.writeStringField("message", field.message());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private static void writeValue(JsonGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String text) {
            gen.writeString(text);
        } else if (value instanceof Integer number) {
            gen.writeNumber(number);
        } else if (value instanceof Long number) {
            gen.writeNumber(number);
        } else if (value instanceof Boolean bool) {
            gen.writeBoolean(bool);
        } else if (value instanceof Double number) {
            gen.writeNumber(number);
        } else if (value instanceof Instant instant) {
            writeClassHint(gen, ClassHints.DATETIME, ClassHints.formatDateTime(instant));
        } else if (value instanceof byte[] bytes) {
            writeClassHint(gen, ClassHints.BINARY, Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof List<?> list) {
            gen.writeStartArray();
            for (Object item : list) {
                writeValue(gen, item);
            }
            gen.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                gen.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(gen, entry.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof Response response) {
            writeResponse(gen, response);
        } else if (value instanceof BigInteger number) {
            gen.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            gen.writeNumber(number);
        } else {
            throw new IllegalStateException("not a neutral value: " + value.getClass().getName());
        }
    }

    private static void writeClassHint(JsonGenerator gen, String type, String text) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(ClassHints.KEY);
        gen.writeStartArray();
        gen.writeString(type);
        gen.writeString(text);
        gen.writeEndArray();
        gen.writeEndObject();
    }

    /** What goes between the generator's creation and its final newline. */
    @FunctionalInterface
    private interface Body {
        void writeTo(JsonGenerator gen) throws IOException;
    }
}
