package io.polyport.core.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, unreachable, no connection to be had
 * in time) from any other, so the caller gets {@link ErrorCode#UNAVAILABLE} (retry later) instead of an internal
 * error. Such a failure changed nothing: the transaction it interrupted did not commit.
 */
public final class DatabaseOutage {
    /** PostgreSQL's states for a server shutting down or not yet accepting connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or one of its causes says the database cannot be reached. */
    public static boolean causes(Throwable failure) {
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

    /** The error a caller gets for such a failure. */
    public static RpcException error() {
        return new RpcException(ErrorCode.UNAVAILABLE,
                "The database is unreachable at the moment; nothing was changed. Retry in a few seconds.");
    }
}
