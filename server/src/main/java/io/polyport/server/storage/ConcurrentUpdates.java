package io.polyport.server.storage;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * How a transaction that collided with a concurrent one ({@link io.polyport.core.error.DatabaseFailures#isContention})
 * is run again: up to {@link #ATTEMPTS} times, after a short, growing, random pause so that colliding transactions
 * spread out.
 */
final class ConcurrentUpdates {
    /** How often a transaction runs before its caller gets a conflict. */
    static final int ATTEMPTS = 10;

    private ConcurrentUpdates() {
    }

    /** Waits before attempt {@code attempt + 1}: up to 2, 4, 8, ... milliseconds. */
    static void pause(int attempt) {
        long bound = TimeUnit.MILLISECONDS.toNanos(1L << attempt);
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(bound / 2, bound));
    }
}
