package io.polyport.rest.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.polyport.core.spi.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * JSON for REST bodies: neutral values in and out. Date-times travel as ISO-8601 strings, binaries as base64
 * strings; parsing is bounded by the gateway's nesting and string limits.
 */
public final class RestJson {
    private final ObjectMapper mapper;

    public RestJson(Limits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .build())
                .build();
        SimpleModule neutral = new SimpleModule("polyport-rest-values");
        neutral.addSerializer(Instant.class, new InstantSerializer());
        this.mapper = JsonMapper.builder(factory)
                .addModule(neutral)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The neutral value as JSON bytes. */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The neutral value a JSON body holds.
     *
     * @throws RestFailure 400 when it is not valid JSON, exceeds the limits or holds a number out of range
     */
    public Object read(byte[] body) {
        Object value;
        try {
            value = mapper.readValue(body, Object.class);
        } catch (IOException e) {
            throw new RestFailure(400, "The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
        requireNeutralNumbers(value);
        return value;
    }

    /** Integers beyond 64 bits and numbers beyond a double's range ({@code 1e999999}) are no neutral values. */
    private static void requireNeutralNumbers(Object value) {
        if (value instanceof BigInteger || (value instanceof Double number && !Double.isFinite(number))) {
            throw new RestFailure(400, "The request body holds a number out of range.");
        }
        if (value instanceof Collection<?> items) {
            items.forEach(RestJson::requireNeutralNumbers);
        } else if (value instanceof Map<?, ?> members) {
            members.values().forEach(RestJson::requireNeutralNumbers);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Writes an instant as its ISO-8601 form. */
    private static final class InstantSerializer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
