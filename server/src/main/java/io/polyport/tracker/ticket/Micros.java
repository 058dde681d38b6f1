package io.polyport.tracker.ticket;

import java.time.Instant;

/** Conversions between instants and the microseconds since the epoch that ticket times are stored as. */
public final class Micros {
    private Micros() {
    }

    public static long of(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    /** The current time in microseconds. */
    public static long now() {
        return of(Instant.now());
    }
}
