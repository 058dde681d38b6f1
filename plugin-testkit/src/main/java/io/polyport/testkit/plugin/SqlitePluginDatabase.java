package io.polyport.testkit.plugin;

import io.polyport.core.plugin.PluginDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A {@link PluginDatabase} over a SQLite file, configured as the server configures its embedded database (WAL,
 * foreign keys, busy timeout, write transactions that take the lock at their start). A transaction inside a
 * transaction on the same thread joins it; domain events published inside are delivered after the commit.
 */
public final class SqlitePluginDatabase implements PluginDatabase {
    private final SQLiteDataSource dataSource;
    private final RecordingDomainEvents events;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public SqlitePluginDatabase(Path file, RecordingDomainEvents events) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        this.dataSource = new SQLiteDataSource(config);
        this.dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        this.events = events;
    }

    /** The database as a JDBC data source, e.g. for Flyway or for a test's own queries. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public <T> T transaction(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return run(work, joined);
        }
        boolean committed = false;
        events.beginTransaction();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.run(connection);
                connection.commit();
                committed = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database transaction failed: " + e.getMessage(), e);
        } finally {
            events.endTransaction(committed);
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return run(work, joined);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("database read failed: " + e.getMessage(), e);
        }
    }

    private static <T> T run(SqlWork<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("database work failed: " + e.getMessage(), e);
        }
    }
}
