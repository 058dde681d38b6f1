package io.polyport.server.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The stored time format: microseconds since the epoch. */
final class EpochMicros {
    private EpochMicros() {
    }

    static long now() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
