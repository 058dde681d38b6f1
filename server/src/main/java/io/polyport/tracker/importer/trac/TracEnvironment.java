package io.polyport.tracker.importer.trac;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.sqlite.SQLiteConfig;

/**
 * A Trac environment opened for reading: its {@code conf/trac.ini}, its SQLite database (opened read-only) and
 * its attachment files. Opening checks that the folder is a Trac environment whose database Polyport can read.
 */
public final class TracEnvironment implements AutoCloseable {
    /** The oldest Trac database version read: Trac 1.0, the first with hashed attachment file names. */
    public static final int OLDEST_DATABASE_VERSION = 29;
    /** The newest Trac database version read: Trac 1.6. */
    public static final int NEWEST_DATABASE_VERSION = 45;

    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]+");

    private final Path folder;
    private final IniFile config;
    private final Connection database;

    private TracEnvironment(Path folder, IniFile config, Connection database) {
        this.folder = folder;
        this.config = config;
        this.database = database;
    }

    /** Opens the environment in {@code folder}, or fails with the reason it cannot be imported. */
    public static TracEnvironment open(Path folder) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new TracImportException(folder + " does not exist");
        }
        Path ini = real.resolve("conf/trac.ini");
        if (!Files.isRegularFile(real.resolve("VERSION")) || !Files.isRegularFile(ini)
                || !readVersion(real.resolve("VERSION")).startsWith("Trac Environment Version")) {
            throw new TracImportException(folder + " is not a Trac environment (it needs a VERSION file and"
                    + " conf/trac.ini)");
        }
        IniFile config = IniFile.read(ini);
        Path databaseFile = databaseFile(real, config.get("trac", "database", "sqlite:db/trac.db"));
        Connection connection = connect(databaseFile);
        try {
            requireSupportedVersion(connection, databaseFile);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        return new TracEnvironment(real, config, connection);
    }

    private static String readVersion(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static Path databaseFile(Path folder, String connectionString) {
        String scheme = connectionString.contains(":")
                ? connectionString.substring(0, connectionString.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (scheme.equals("postgres") || scheme.equals("mysql")) {
            String name = scheme.equals("postgres") ? "PostgreSQL" : "MySQL";
            throw new TracImportException("the environment's database is on " + name + " ([trac] database = "
                    + scheme + "://...); Polyport imports SQLite databases only: convert it first with"
                    + " `trac-admin ENV convert_db sqlite:db/trac.db`");
        }
        if (!scheme.equals("sqlite")) {
            throw new TracImportException("unknown database string in trac.ini: '" + connectionString + "'");
        }
        Path file = folder.resolve(connectionString.substring("sqlite:".length()));
        if (!Files.isRegularFile(file)) {
            throw new TracImportException("the environment's database " + file + " does not exist");
        }
        return file;
    }

    private static Connection connect(Path file) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setReadOnly(true);
        try {
            return sqlite.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new TracImportException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    private static void requireSupportedVersion(Connection connection, Path file) {
        String version;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT value FROM system WHERE name = 'database_version'")) {
            version = row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new TracImportException(file + " is not a Trac database: " + e.getMessage(), e);
        }
        int number;
        try {
            number = Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new TracImportException(file + " is not a Trac database: no database_version in its system table");
        }
        if (number < OLDEST_DATABASE_VERSION || number > NEWEST_DATABASE_VERSION) {
            throw new TracImportException("Trac database version " + number + " is not supported; Polyport imports"
                    + " versions " + OLDEST_DATABASE_VERSION + " to " + NEWEST_DATABASE_VERSION
                    + " (Trac 1.0 to 1.6): upgrade the environment with `trac-admin ENV upgrade` first");
        }
    }

    /** The environment's canonical folder, which identifies the import's checkpoints. */
    public Path folder() {
        return folder;
    }

    IniFile config() {
        return config;
    }

    Connection database() {
        return database;
    }

    /**
     * Where Trac keeps the file {@code filename} attached to {@code parent} of {@code realm}:
     * {@code files/attachments/REALM/SHA1[0:3]/SHA1(parent)/SHA1(filename)EXT}.
     */
    Path attachmentFile(String realm, String parent, String filename) {
        String parentHash = DigestUtils.sha1Hex(parent.getBytes(StandardCharsets.UTF_8));
        String fileHash = DigestUtils.sha1Hex(filename.getBytes(StandardCharsets.UTF_8));
        return folder.resolve("files").resolve("attachments").resolve(realm).resolve(parentHash.substring(0, 3))
                .resolve(parentHash).resolve(fileHash + extension(filename));
    }

    /** Python's {@code os.path.splitext} extension, kept by Trac only when it is alphanumeric. */
    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        if (dot <= 0 || filename.substring(0, dot).chars().allMatch(c -> c == '.')) {
            return "";
        }
        String extension = filename.substring(dot);
        return EXTENSION.matcher(extension).matches() ? extension : "";
    }

    /** Handles one row of a query. */
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    /** Turns one row into an object, or null to leave the row out. */
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The single number {@code sql} selects. */
    long count(String sql) {
        try (Statement statement = database.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /** Runs {@code sql} with its {@code parameters} and hands each row to {@code handler}. */
    void each(String sql, RowHandler handler, Object... parameters) {
        try (PreparedStatement statement = database.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    /** Whether the database has the table {@code name} (some belong to optional components). */
    boolean hasTable(String name) {
        try (PreparedStatement statement = database.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw unreadable(e);
        }
    }

    static TracImportException unreadable(SQLException e) {
        return new TracImportException("cannot read the Trac database: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        closeQuietly(database);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // read-only: nothing is lost
        }
    }
}
