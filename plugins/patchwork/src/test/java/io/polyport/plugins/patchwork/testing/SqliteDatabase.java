package io.polyport.plugins.patchwork.testing;

import io.polyport.core.plugin.PluginDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * A {@link PluginDatabase} over a fresh SQLite file with the plugin's migrations applied, as the server gives a
 * plugin its database: one transaction per unit of work, events aside.
 */
public final class SqliteDatabase implements PluginDatabase {
    private final String url;

    private SqliteDatabase(String url) {
        this.url = url;
    }

    /** A new database file in a temporary folder, migrated with {@code db/patchwork}. */
    public static SqliteDatabase migrated() {
        try {
            Path file = Files.createTempDirectory("patchwork-test").resolve("polyport.db");
            SqliteDatabase db = new SqliteDatabase("jdbc:sqlite:" + file);
            Flyway.configure().dataSource(db.url, null, null).locations("classpath:db/patchwork")
                    .table("flyway_history_patchwork").load().migrate();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public <T> T transaction(SqlWork<T> work) {
        try (Connection c = DriverManager.getConnection(url)) {
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
        try (Connection c = DriverManager.getConnection(url)) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
