package io.polyport.core.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the database failures a caller can act on from all others, so they get a clear answer instead of an
 * internal error: the database out of reach (down, restarting, no connection to be had in time) is
 * {@link ErrorCode#UNAVAILABLE}, retry later; a collision with a concurrent transaction (PostgreSQL's serialization
 * failure or deadlock) is {@link ErrorCode#CONFLICT}, and the server runs the transaction again before it gives up.
 * Neither leaves a change behind: the interrupted transaction did not commit.
 */
public final class DatabaseFailures {
    /** PostgreSQL's states for a server shutting down or not yet accepting connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
    /** Serialization failure and deadlock. */
    private static final Set<String> CONTENTION_STATES = Set.of("40001", "40P01");

    private DatabaseFailures() {
    }

    /** Whether {@code failure} or one of its causes says the database cannot be reached. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} or one of its causes is a collision with a concurrent transaction: a database's own
     * report of one, or an error made by {@link #contention}.
     */
    public static boolean isContention(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Contention
                    || cause instanceof SQLException sql && CONTENTION_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The error a caller gets for {@code failure} when it is one of these: {@link #outage} or {@link #contention};
     * empty for any other failure.
     */
    public static Optional<RpcException> asError(Throwable failure) {
        if (isContention(failure)) {
            return Optional.of(contention(failure));
        }
        return isOutage(failure) ? Optional.of(outage()) : Optional.empty();
    }

    /** The error a caller gets while the database is out of reach. */
    public static RpcException outage() {
        return new RpcException(ErrorCode.UNAVAILABLE,
                "The database is unreachable at the moment; nothing was changed. Retry in a few seconds.");
    }

    /**
     * The error for a collision with a concurrent change, which {@link #isContention} recognises, so that the
     * transaction around it runs again: also for a collision the database reports otherwise, e.g. two transactions
     * inserting the same next version of something.
     */
    public static RpcException contention(Throwable cause) {
        return new Contention(cause);
    }

    /** A conflict that running the transaction again on fresh data may cure. */
    private static final class Contention extends RpcException {
        private static final long serialVersionUID = 1L;

        Contention(Throwable cause) {
            super(ErrorCode.CONFLICT, "The change collided with a concurrent change of the same data; nothing was"
                    + " changed, retry it.", cause);
        }
    }
}
