package io.polyport.plugins.rt.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** RT's two date forms (in UTC): {@code Tue Dec 01 04:38:10 2026} on tickets, ISO-like elsewhere. */
public final class RtDates {
    /** What RT shows for a date that is not set. */
    public static final String NOT_SET = "Not set";

    private static final DateTimeFormatter TICKET = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RtDates() {
    }

    /** The form of a ticket's date fields. */
    public static String ticket(Instant time) {
        return time == null ? NOT_SET : TICKET.format(time);
    }

    /** The form of history, attachments and the new-ticket template. */
    public static String iso(Instant time) {
        return ISO.format(time);
    }

    /**
     * Parses a date a client sends: {@code YYYY-MM-DD HH:MM:SS}, {@code YYYY-MM-DD}, an ISO instant, or RT's ticket
     * form. Empty and {@code Not set} give empty.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Optional<Instant> parse(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.equalsIgnoreCase(NOT_SET)) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO, TICKET}) {
            try {
                return Optional.of(Instant.from(format.parse(value)));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date");
        }
    }
}
