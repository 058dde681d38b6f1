package io.polyport.core.plugin;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The server's database as a plugin sees it: plain JDBC connections from the server's pool, so a plugin may use
 * any SQL library it bundles (jOOQ over {@link #dialect()}, JDBI, plain statements). Use parameterised SQL and
 * touch only your own tables; the core tables are reached through the {@linkplain PluginContext#invoker() invoker}.
 */
public interface PluginDatabase {

    /** The SQL dialects the server runs on. */
    enum Dialect { SQLITE, POSTGRES }

    /** Work done on one connection; it must not close the connection or change its transaction state. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The dialect of the configured database. */
    Dialect dialect();

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Domain events
     * published inside are delivered after the commit. An {@link SQLException} is rethrown unchecked, as a failure
     * of the call.
     */
    <T> T transaction(SqlWork<T> work);

    /** Runs {@code work} on a connection in auto-commit mode, for reads that need no transaction. */
    <T> T read(SqlWork<T> work);
}
