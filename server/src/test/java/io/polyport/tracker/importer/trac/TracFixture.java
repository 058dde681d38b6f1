package io.polyport.tracker.importer.trac;

import io.polyport.server.cli.PolyportCommand;
import io.polyport.server.testing.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real Trac 1.6 environment of the test resources ({@code trac-env-small}, see its FIXTURE.md), copied to a
 * temporary folder so a test may change or break its copy, plus the CLI run in-process and plain JDBC reads of
 * the copy's Trac database, which the tests compare Polyport's answers with.
 */
final class TracFixture {
    /** What one CLI run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private TracFixture() {
    }

    /** A fresh copy of the fixture environment under {@code parent}. */
    static Path copy(Path parent) {
        try {
            Path source = Path.of(TracFixture.class.getResource("/trac-env-small/VERSION").toURI()).getParent();
            Path target = Files.createTempDirectory(parent, "trac-env");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                        copy.toFile().setWritable(true, true);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code polyport ARGS} in-process. */
    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PolyportCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The rows {@code sql} selects from the SQLite file {@code database} (a Trac environment's), as column maps. */
    static List<Map<String, Object>> query(Path database, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            return rows(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows {@code sql} selects from the Polyport database of the data folder {@code data}, as column maps. */
    static List<Map<String, Object>> queryPolyport(Path data, String sql) {
        try (Connection connection = TestDatabases.connect(data)) {
            return rows(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<Map<String, Object>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i), rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    /** Runs a statement on the SQLite file {@code database} (only ever a test's own copy). */
    static void execute(Path database, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Trac database of an environment copy. */
    static Path tracDb(Path environment) {
        return environment.resolve("db/trac.db");
    }
}
