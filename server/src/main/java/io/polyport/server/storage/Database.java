package io.polyport.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.polyport.core.error.DatabaseFailures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The database: a pooled connection source, migrated with Flyway on open, queried with jOOQ. The embedded
 * default is a SQLite file (WAL, foreign keys, busy timeout, write transactions that take the write lock at
 * their start, writers queued in the process by a {@link SqliteWriterLock}); a {@code jdbc:postgresql:} URL
 * selects PostgreSQL.
 */
public final class Database implements AutoCloseable {
    private static final String SQLITE_PREFIX = "jdbc:sqlite:";
    private static final String COUNT_MIGRATIONS = "select count(*) from flyway_schema_history where success";
    private static final int READY_QUERY_TIMEOUT_SECONDS = 2;
    /** How long a call waits for a connection before failing; short, so an unreachable database fails fast. */
    private static final long CONNECTION_TIMEOUT_MILLIS = 3_000;

    private final HikariDataSource dataSource;
    private final SqliteWriterLock writers;
    private final DSLContext dsl;
    private final int migrations;
    /** Bumped whenever a write transaction ends; see {@link ReadCache}. */
    private final AtomicLong writeGeneration = new AtomicLong();
    /** Work to run after the outermost transaction of the current thread commits; null outside transactions. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    /** The jOOQ context of the current thread's innermost transaction, for work that must join it. */
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    /** Other nodes' writes, heard on PostgreSQL; null on SQLite, where this process makes every write. */
    private final WriteNotifications notifications;

    private Database(HikariDataSource dataSource, SQLDialect dialect, int migrations, DatabaseConfig config) {
        this.dataSource = dataSource;
        this.writers = new SqliteWriterLock(dialect);
        this.dsl = DSL.using(new DefaultConfiguration().set(dataSource).set(dialect)
                .set(new Settings().withExecuteLogging(false)).set(writers.autoCommitWrites()));
        this.migrations = migrations;
        this.notifications = dialect == SQLDialect.POSTGRES
                ? new WriteNotifications(dataSource.getJdbcUrl(), config.user(), config.password(), writeGeneration)
                : null;
    }

    /** Opens (creating when needed) and migrates the database configured for {@code dataDir}. */
    public static Database open(DatabaseConfig config, Path dataDir) {
        String url = config.url();
        if (url == null) {
            DataFolder.prepare(dataDir);
            Path file = dataDir.resolve("polyport.db");
            DataFolder.createPrivateFile(file);
            url = "jdbc:sqlite:" + file.toAbsolutePath();
        }
        SQLDialect dialect = dialectOf(url);
        HikariDataSource dataSource = dataSource(url, dialect, config);
        try {
            // On PostgreSQL Flyway holds an advisory lock while it migrates: of several nodes starting at once,
            // one migrates and the others wait, then find nothing left to do.
            flyway(dataSource, dialect).migrate();
            return new Database(dataSource, dialect, countMigrations(dataSource).orElse(0), config);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Opens the existing database at {@code config}'s URL without changing it, for tools that read another
     * installation's database.
     *
     * @throws IllegalStateException when the database does not exist or its schema is not at this server's latest
     *                               version (an older or newer server last ran on it)
     */
    public static Database openExisting(DatabaseConfig config) {
        String url = config.url();
        SQLDialect dialect = dialectOf(url);
        if (dialect == SQLDialect.SQLITE) {
            Path file = Path.of(url.substring(SQLITE_PREFIX.length()).replaceFirst("\\?.*", ""));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no database file " + file);
            }
        }
        HikariDataSource dataSource = dataSource(url, dialect, config);
        try {
            MigrationInfoService info = flyway(dataSource, dialect).info();
            if (info.pending().length > 0 || info.current() == null) {
                throw new IllegalStateException("the database at " + url + " misses migrations of this Polyport"
                        + " version; start this version's server on it once, then try again");
            }
            if (info.current().getState() == MigrationState.FUTURE_SUCCESS) {
                throw new IllegalStateException("the database at " + url + " was migrated by a newer Polyport"
                        + " version (" + info.current().getVersion() + "); use that version");
            }
            return new Database(dataSource, dialect, countMigrations(dataSource).orElse(0), config);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static SQLDialect dialectOf(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        if (url.startsWith(SQLITE_PREFIX)) {
            return SQLDialect.SQLITE;
        }
        throw new IllegalArgumentException("unsupported database URL " + url
                + ": expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }

    private static HikariDataSource dataSource(String url, SQLDialect dialect, DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("polyport-db");
        hikari.setJdbcUrl(url);
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        if (dialect == SQLDialect.POSTGRES) {
            hikari.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
        } else {
            hikari.addDataSourceProperty("journal_mode", "WAL");
            hikari.addDataSourceProperty("synchronous", "NORMAL");
            hikari.addDataSourceProperty("foreign_keys", "true");
            hikari.addDataSourceProperty("busy_timeout", "10000");
            hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        return new HikariDataSource(hikari);
    }

    /**
     * This server's migrations for {@code dialect}: the shared ones and the dialect's own. Flyway reads its history
     * at {@code READ COMMITTED}: after waiting for another node's migration lock it must see what that node applied.
     */
    private static Flyway flyway(DataSource dataSource, SQLDialect dialect) {
        return Flyway.configure()
                .dataSource(new ReadCommittedConnections(dataSource))
                .locations("classpath:db/migration", "classpath:db/" + migrationFolder(dialect))
                .loggers("slf4j")
                .load();
    }

    /** The folder of the migrations only {@code dialect} runs (beside the shared ones in {@code db/migration}). */
    private static String migrationFolder(SQLDialect dialect) {
        return dialect == SQLDialect.POSTGRES ? "postgresql" : "sqlite";
    }

    /**
     * Whether the database answers (within a few seconds) and still holds every migration applied when it was
     * opened.
     */
    public boolean ready() {
        return countMigrations(dataSource).filter(count -> count >= migrations).isPresent();
    }

    private static Optional<Integer> countMigrations(HikariDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(READY_QUERY_TIMEOUT_SECONDS);
            try (ResultSet result = statement.executeQuery(COUNT_MIGRATIONS)) {
                return result.next() ? Optional.of(result.getInt(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The connection pool's live figures, for metrics. */
    public HikariPoolMXBean pool() {
        return dataSource.getHikariPoolMXBean();
    }

    /**
     * The jOOQ context for single statements and reads: the current thread's transaction when it is inside one (so
     * a read there sees what the transaction wrote and, on PostgreSQL, its snapshot), else the pool. On SQLite a
     * writing statement outside a transaction waits for its turn among the writers ({@link SqliteWriterLock}).
     */
    public DSLContext dsl() {
        DSLContext transaction = current.get();
        return transaction != null ? transaction : dsl;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Inside another
     * transaction of the same thread it is a nested one (a savepoint) of that transaction. Work registered with
     * {@link #afterCommit} inside runs once the thread's outermost transaction has committed, and is dropped when a
     * transaction around it rolls back. On SQLite the thread's outermost transaction first waits for its turn among
     * the writers ({@link SqliteWriterLock}), before it takes a connection.
     *
     * <p>On PostgreSQL transactions run at {@code REPEATABLE READ}: of two transactions changing the same row, the
     * second fails rather than overwrite the first's change unseen. Such a serialization failure (or a deadlock)
     * rolls the outermost transaction back and runs {@code work} again, on fresh data, a few times; if it still
     * fails the call gets a conflict. So every read-modify-write in one transaction is safe with several nodes.
     */
    public <T> T transaction(Function<DSLContext, T> work) {
        if (current.get() != null) {
            return run(current.get(), work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return run(dsl, work);
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isContention(e)) {
                    throw e;
                }
                if (attempt == ConcurrentUpdates.ATTEMPTS) {
                    throw DatabaseFailures.contention(e);
                }
                ConcurrentUpdates.pause(attempt);
            }
        }
    }

    private <T> T run(DSLContext context, Function<DSLContext, T> work) {
        List<Runnable> enclosing = afterCommit.get();
        List<Runnable> pending = new ArrayList<>();
        T result = enclosing == null
                ? writers.holding(() -> runTransaction(context, work, pending, null))
                : runTransaction(context, work, pending, enclosing);
        if (enclosing != null) {
            enclosing.addAll(pending);
        } else {
            pending.forEach(Runnable::run);
        }
        return result;
    }

    private <T> T runTransaction(DSLContext context, Function<DSLContext, T> work, List<Runnable> pending,
                                 List<Runnable> enclosing) {
        afterCommit.set(pending);
        try {
            return context.transactionResult(configuration -> {
                DSLContext outer = current.get();
                current.set(configuration.dsl());
                try {
                    T done = work.apply(configuration.dsl());
                    if (notifications != null && outer == null) {
                        configuration.dsl().execute(WriteNotifications.NOTIFY);
                    }
                    return done;
                } finally {
                    current.set(outer);
                }
            });
        } finally {
            writeGeneration.incrementAndGet();
            afterCommit.set(enclosing);
        }
    }

    /** The current thread's transaction, to write in it (e.g. an event journal), or empty outside one. */
    public Optional<DSLContext> currentTransaction() {
        return Optional.ofNullable(current.get());
    }

    /** Whether the current thread is inside {@link #transaction}. */
    public boolean inTransaction() {
        return afterCommit.get() != null;
    }

    /**
     * Runs {@code action} after the current thread's transaction commits (dropped if it rolls back); at once
     * outside a transaction.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> pending = afterCommit.get();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
        }
    }

    /** The pooled connections, for tools that take a {@link DataSource} (plugin migrations). */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The pooled connections at {@code READ COMMITTED}, for libraries that lock rows or the database to serialise
     * their own transactions (the shared throttle buckets, plugins' Flyway migrations); see
     * {@link ReadCommittedConnections}.
     */
    public DataSource readCommittedDataSource() {
        return new ReadCommittedConnections(dataSource);
    }

    /**
     * A cache of reads that every write transaction invalidates when it ends: this process's own, and on
     * PostgreSQL every other node's too, heard with {@code LISTEN}/{@code NOTIFY} ({@link WriteNotifications}; the
     * cache is off while that listener is not connected).
     */
    public <K, V> ReadCache<K, V> readCache(int maxEntries) {
        return new ReadCache<>(maxEntries, writeGeneration::get, this::inTransaction,
                notifications == null ? () -> true : notifications::listening);
    }

    public SQLDialect dialect() {
        return dsl.dialect();
    }

    @Override
    public void close() {
        if (notifications != null) {
            notifications.close();
        }
        dataSource.close();
    }
}
