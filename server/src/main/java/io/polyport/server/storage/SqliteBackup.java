package io.polyport.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Consistent copies of the embedded SQLite database (which holds every attachment too). A backup is taken with
 * {@code VACUUM INTO}, a read transaction that sees one committed state while the server keeps writing, into a
 * private temporary file next to the target that is renamed into place once complete. A restore checks the copy's
 * integrity and copies it into a data folder without a database.
 */
public final class SqliteBackup {
    /** The database file's name in the data folder. */
    public static final String DATABASE_FILE = "polyport.db";

    private SqliteBackup() {
    }

    /** Copies the database in {@code dataDir} to {@code target}, which must not exist. */
    public static void backup(Path dataDir, Path target) {
        Path database = dataDir.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(database)) {
            throw new IllegalArgumentException("no database at " + database);
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists; choose a new file");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            DataFolder.createPrivateFile(partial);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
                 PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toAbsolutePath().toString());
                vacuum.execute();
            }
            requireIntact(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more to clean up
            }
        }
    }

    /** Copies the backup {@code source} into {@code dataDir}, which must not hold a database yet. */
    public static void restore(Path source, Path dataDir) {
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("no backup at " + source);
        }
        Path database = dataDir.resolve(DATABASE_FILE);
        if (Files.exists(database)) {
            throw new IllegalArgumentException(dataDir + " already holds a database; restore into an empty folder");
        }
        try {
            requireIntact(source);
            DataFolder.prepare(dataDir);
            DataFolder.createPrivateFile(database);
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = Files.newOutputStream(database, StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore into " + database + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalArgumentException(source + " is not a Polyport backup: " + e.getMessage(), e);
        }
    }

    private static void requireIntact(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                if (!check.next() || !"ok".equals(check.getString(1))) {
                    throw new SQLException("integrity check failed");
                }
            }
            try (ResultSet history = statement.executeQuery("select count(*) from flyway_schema_history")) {
                history.next();
            }
        }
    }
}
