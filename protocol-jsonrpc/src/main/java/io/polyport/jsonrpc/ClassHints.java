package io.polyport.jsonrpc;

import io.polyport.core.value.DateTimes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/**
 * Trac's JSON class hints, which carry the two neutral types JSON lacks:
 * {@code {"__jsonclass__": ["datetime", "2026-05-01T12:00:00"]}} for an {@link Instant} and
 * {@code {"__jsonclass__": ["binary", "<base64>"]}} for a {@code byte[]}.
 */
final class ClassHints {
    /** The member that marks an object as a class hint. */
    static final String KEY = "__jsonclass__";
    static final String DATETIME = "datetime";
    static final String BINARY = "binary";


    private ClassHints() {
    }

    /**
     * Decodes the value of a {@code __jsonclass__} member.
     *
     * @return an {@link Instant} or a {@code byte[]}
     * @throws IllegalArgumentException with Trac's wording when the class is unknown or the value unusable
     */
    static Object decode(Object hint) {
        if (!(hint instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String type)) {
            throw new IllegalArgumentException("Invalid " + KEY + " hint, expected [class, value]");
        }
        Object value = pair.get(1);
        return switch (type) {
            case DATETIME -> decodeDateTime(value);
            case BINARY -> decodeBinary(value);
            default -> throw new IllegalArgumentException("Unknown " + KEY + ": " + type);
        };
    }

    /**
     * Formats an instant as Trac does: UTC without a zone suffix, with {@code .ffffff} (always six digits) only
     * when the microseconds are not zero; smaller fractions are dropped.
     */
    static String formatDateTime(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        int micros = utc.getNano() / 1000;
        StringBuilder text = new StringBuilder(26);
        digits(text, utc.getYear(), 4).append('-');
        digits(text, utc.getMonthValue(), 2).append('-');
        digits(text, utc.getDayOfMonth(), 2).append('T');
        digits(text, utc.getHour(), 2).append(':');
        digits(text, utc.getMinute(), 2).append(':');
        digits(text, utc.getSecond(), 2);
        if (micros != 0) {
            digits(text.append('.'), micros, 6);
        }
        return text.toString();
    }

    /** Appends {@code value} zero-padded to {@code width} digits (years past 9999 keep all their digits). */
    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    private static Instant decodeDateTime(Object value) {
        try {
            if (value instanceof String text) {
                return DateTimes.parse(text);
            }
        } catch (IllegalArgumentException e) {
            // reported below with Trac's wording, whatever the parser's reason
        }
        throw new IllegalArgumentException("Invalid datetime string (" + value + ")");
    }

    private static byte[] decodeBinary(Object value) {
        try {
            if (value instanceof String base64) {
                return Base64.getMimeDecoder().decode(base64);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("Invalid base64 string in " + BINARY + " " + KEY);
    }
}
