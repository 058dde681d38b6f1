package io.polyport.plugins.patchwork.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Date-times as the plugin stores and Patchwork prints them ({@code str(datetime)}): UTC,
 * {@code 2024-02-01 10:00:00}, with {@code .ffffff} only when there are microseconds. The text sorts as time does.
 */
public final class Timestamps {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private Timestamps() {
    }

    public static String format(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return (utc.getNano() == 0 ? SECONDS : MICROS).format(utc);
    }

    public static Instant parse(String text) {
        DateTimeFormatter format = text.length() > 19 ? MICROS : SECONDS;
        return LocalDateTime.parse(text, format).toInstant(ZoneOffset.UTC);
    }
}
