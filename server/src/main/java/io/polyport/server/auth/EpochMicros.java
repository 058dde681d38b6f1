package io.polyport.server.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The stored time format: microseconds since the epoch. */
public final class EpochMicros {
    private EpochMicros() {
    }

    public static long now() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    /** {@code time} in microseconds since the epoch. */
    public static long of(Instant time) {
        return time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000;
    }

    public static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
