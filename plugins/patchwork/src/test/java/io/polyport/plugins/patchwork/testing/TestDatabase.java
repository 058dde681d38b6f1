package io.polyport.plugins.patchwork.testing;

import io.polyport.core.plugin.PluginDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * A {@link PluginDatabase} with the plugin's migrations applied, as the server gives a plugin its database: a
 * fresh SQLite file, or a fresh schema of an embedded PostgreSQL started once per test run.
 */
public final class TestDatabase implements PluginDatabase {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private final String url;
    private final String user;
    private final Dialect dialect;

    private TestDatabase(String url, String user, Dialect dialect) {
        this.url = url;
        this.user = user;
        this.dialect = dialect;
        Flyway.configure().dataSource(url, user, null).locations("classpath:db/patchwork")
                .table("flyway_history_patchwork").load().migrate();
    }

    /** A new database of {@code dialect}, migrated with {@code db/patchwork}. */
    public static TestDatabase of(Dialect dialect) {
        return dialect == Dialect.SQLITE ? sqlite() : postgres();
    }

    public static TestDatabase sqlite() {
        try {
            return new TestDatabase("jdbc:sqlite:" + Files.createTempDirectory("patchwork-test")
                    .resolve("polyport.db"), null, Dialect.SQLITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized TestDatabase postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            String schema = "patchwork_" + SCHEMAS.incrementAndGet();
            String base = postgres.getJdbcUrl("postgres", "postgres");
            try (Connection c = DriverManager.getConnection(base, "postgres", null)) {
                c.createStatement().execute("CREATE SCHEMA " + schema);
            }
            return new TestDatabase(base + "&currentSchema=" + schema, "postgres", Dialect.POSTGRES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public <T> T transaction(SqlWork<T> work) {
        try (Connection c = DriverManager.getConnection(url, user, null)) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        try (Connection c = DriverManager.getConnection(url, user, null)) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
