package io.polyport.core.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parsing of the date-time spellings RPC clients send: {@code 2026-05-01}, {@code 20260501T12:00:00},
 * {@code 2026-05-01T12:00:00}, with {@code T}, {@code t}, {@code _} or a space between date and time, an
 * optional fraction of any length and an optional {@code Z} or {@code ±HH:MM} offset (none means UTC).
 */
public final class DateTimes {
    private static final Pattern LENIENT = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})"
                    + "(?:[Tt_ ](\\d{2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?"
                    + "\\s*([Zz]|[+-]\\d{2}:?\\d{2})?");

    private DateTimes() {
    }

    /**
     * Parses {@code text} as an instant.
     *
     * @throws IllegalArgumentException if it is not a date-time in one of the accepted forms
     */
    public static Instant parse(String text) {
        Matcher m = LENIENT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid datetime string (" + text + ")");
        }
        try {
            LocalDate date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            LocalTime time = LocalTime.MIDNIGHT;
            if (m.group(4) != null) {
                int nanos = m.group(7) == null ? 0 : num((m.group(7) + "000000000").substring(0, 9));
                time = LocalTime.of(num(m.group(4)), num(m.group(5)),
                        m.group(6) == null ? 0 : num(m.group(6)), nanos);
            }
            return OffsetDateTime.of(LocalDateTime.of(date, time), offset(m.group(8))).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Invalid datetime string (" + text + ")", e);
        }
    }

    private static ZoneOffset offset(String text) {
        if (text == null || text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneOffset.of(text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid offset " + text, e);
        }
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
