package io.polyport.testkit.protocol;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Hostile requests in the protocol's own syntax, made from the adapter's encodings of harmless calls: an argument
 * is found in the encoded body and replaced (by invalid UTF-8, an out-of-range number), and the encoding of a
 * one-element list around a value gives the bytes that open and close one level of nesting.
 */
final class HostileBodies {
    /** A string argument to replace. */
    static final String TEXT_MARKER = "KitMarkerText";
    /** A 64-bit integer argument to replace. */
    static final long INTEGER_MARKER = 987654321987L;
    /** A double argument to replace; every shortest-repr printer writes it like this. */
    static final double DOUBLE_MARKER = 987654.25;
    /** 2^200, far beyond any 64-bit integer. */
    static final String HUGE_INTEGER = BigInteger.TWO.pow(200).toString();
    /** Overlong, truncated and never-valid UTF-8 sequences. */
    static final byte[] INVALID_UTF8 = {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, 0x28,
            (byte) 0xA1, (byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF,
            (byte) 0xFE};

    private final ProtocolAdapter adapter;

    HostileBodies(ProtocolAdapter adapter) {
        this.adapter = adapter;
    }

    /** {@code method(marker)} with the encoded marker replaced by {@code replacement}. */
    WireRequest replaced(String method, Object marker, byte[] replacement) {
        WireRequest request = adapter.encode(method, List.of(marker));
        byte[] body = request.body();
        byte[] encoded = String.valueOf(marker).getBytes(StandardCharsets.UTF_8);
        int at = indexOf(body, encoded, 0);
        if (at < 0) {
            throw new AssertionError("the encoded call " + method + "(" + marker + ") does not contain '" + marker
                    + "' literally, so the kit cannot build hostile variants of it");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + replacement.length);
        out.write(body, 0, at);
        out.writeBytes(replacement);
        out.write(body, at + encoded.length, body.length - at - encoded.length);
        return request.withBody(out.toByteArray());
    }

    /** {@code method(marker)} with the encoded marker replaced by ASCII {@code replacement}. */
    WireRequest replaced(String method, Object marker, String replacement) {
        return replaced(method, marker, replacement.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code method([[[...[marker]...]]])}, {@code depth} lists deep. */
    WireRequest nested(String method, int depth) {
        WireRequest flatRequest = adapter.encode(method, List.of(TEXT_MARKER));
        byte[] flat = flatRequest.body();
        byte[] wrapped = adapter.encode(method, List.of(List.of(TEXT_MARKER))).body();
        int prefix = 0;
        int limit = Math.min(flat.length, wrapped.length);
        while (prefix < limit && flat[prefix] == wrapped[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix && flat[flat.length - 1 - suffix] == wrapped[wrapped.length - 1 - suffix]) {
            suffix++;
        }
        byte[] value = Arrays.copyOfRange(flat, prefix, flat.length - suffix);
        byte[] wrappedValue = Arrays.copyOfRange(wrapped, prefix, wrapped.length - suffix);
        int at = indexOf(wrappedValue, value, 0);
        if (at < 0) {
            throw new AssertionError("the encoding of " + method + "([x]) does not contain that of " + method
                    + "(x), so the kit cannot nest lists in it");
        }
        byte[] open = Arrays.copyOfRange(wrappedValue, 0, at);
        byte[] close = Arrays.copyOfRange(wrappedValue, at + value.length, wrappedValue.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(flat.length + depth * (open.length + close.length));
        out.write(flat, 0, prefix);
        for (int i = 0; i < depth; i++) {
            out.writeBytes(open);
        }
        out.writeBytes(value);
        for (int i = 0; i < depth; i++) {
            out.writeBytes(close);
        }
        out.write(flat, flat.length - suffix, suffix);
        return flatRequest.withBody(out.toByteArray());
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
