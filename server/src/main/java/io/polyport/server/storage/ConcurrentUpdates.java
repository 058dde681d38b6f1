package io.polyport.server.storage;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Which database failures mean "another transaction changed the same data at the same time" and are cured by
 * running the transaction again: PostgreSQL's serialization failure ({@code 40001}) and deadlock ({@code 40P01}).
 * Retries wait a short, growing, random pause so that colliding transactions spread out.
 */
final class ConcurrentUpdates {
    /** How often a transaction runs before its caller gets a conflict. */
    static final int ATTEMPTS = 5;

    private ConcurrentUpdates() {
    }

    static boolean isRetryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
        }
        return false;
    }

    /** Waits before attempt {@code attempt + 1}: up to 2, 4, 8, ... milliseconds. */
    static void pause(int attempt) {
        long bound = TimeUnit.MILLISECONDS.toNanos(1L << attempt);
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(bound / 2, bound));
    }
}
