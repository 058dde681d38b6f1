package io.polyport.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.polyport.core.spi.Limits;

/**
 * Builds the Jackson factory the protocol reads and writes with. Reading enforces the gateway's nesting depth
 * and string length limits; writing is ASCII-only with lower-case {@code \\uXXXX} escapes (DEL included),
 * byte for byte what Python's {@code json.dumps} sends for Trac.
 */
final class JsonFactories {
    private JsonFactories() {
    }

    static JsonFactory create(Limits limits) {
        return new JsonFactoryBuilder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .build())
                .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                .characterEscapes(new PythonAsciiEscapes())
                .build();
    }

    /** JSON's standard escapes plus DEL (0x7F), which Python's {@code ensure_ascii} escapes too. */
    private static final class PythonAsciiEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        PythonAsciiEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
