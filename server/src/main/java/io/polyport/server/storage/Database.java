package io.polyport.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
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
    private static final String COUNT_MIGRATIONS = "select count(*) from flyway_schema_history where success";
    private static final int READY_QUERY_TIMEOUT_SECONDS = 2;

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

    private Database(HikariDataSource dataSource, SQLDialect dialect, int migrations) {
        this.dataSource = dataSource;
        this.writers = new SqliteWriterLock(dialect);
        this.dsl = DSL.using(new DefaultConfiguration().set(dataSource).set(dialect)
                .set(new Settings().withExecuteLogging(false)).set(writers.autoCommitWrites()));
        this.migrations = migrations;
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
        SQLDialect dialect = url.startsWith("jdbc:postgresql:") ? SQLDialect.POSTGRES : SQLDialect.SQLITE;
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("polyport-db");
        hikari.setJdbcUrl(url);
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        if (dialect == SQLDialect.SQLITE) {
            hikari.addDataSourceProperty("journal_mode", "WAL");
            hikari.addDataSourceProperty("synchronous", "NORMAL");
            hikari.addDataSourceProperty("foreign_keys", "true");
            hikari.addDataSourceProperty("busy_timeout", "10000");
            hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        }
        HikariDataSource dataSource = new HikariDataSource(hikari);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
            return new Database(dataSource, dialect, countMigrations(dataSource).orElse(0));
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
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
     * The jOOQ context for queries outside a transaction (single statements, reads); on SQLite each writing
     * statement waits for its turn among the writers ({@link SqliteWriterLock}).
     */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Work registered
     * with {@link #afterCommit} inside runs once the thread's outermost transaction has committed, and is dropped
     * when a transaction around it rolls back. On SQLite the thread's outermost transaction first waits for its turn
     * among the writers ({@link SqliteWriterLock}), before it takes a connection.
     */
    public <T> T transaction(Function<DSLContext, T> work) {
        List<Runnable> enclosing = afterCommit.get();
        List<Runnable> pending = new ArrayList<>();
        T result = enclosing == null
                ? writers.holding(() -> runTransaction(work, pending, null))
                : runTransaction(work, pending, enclosing);
        if (enclosing != null) {
            enclosing.addAll(pending);
        } else {
            pending.forEach(Runnable::run);
        }
        return result;
    }

    private <T> T runTransaction(Function<DSLContext, T> work, List<Runnable> pending, List<Runnable> enclosing) {
        afterCommit.set(pending);
        try {
            return dsl.transactionResult(configuration -> {
                DSLContext outer = current.get();
                current.set(configuration.dsl());
                try {
                    return work.apply(configuration.dsl());
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
     * A cache of reads that every write transaction through this object invalidates. It caches only on the
     * embedded SQLite database, whose one server process makes every write; with PostgreSQL other nodes may
     * write, so reads always go to the database.
     */
    public <K, V> ReadCache<K, V> readCache(int maxEntries) {
        return new ReadCache<>(maxEntries, writeGeneration::get, dialect() == SQLDialect.SQLITE);
    }

    public SQLDialect dialect() {
        return dsl.dialect();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
