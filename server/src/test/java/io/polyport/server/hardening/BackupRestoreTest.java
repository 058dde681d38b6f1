package io.polyport.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.server.config.Config;
import io.polyport.server.http.PolyportServer;
import io.polyport.server.testing.TestServer;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** {@code polyport backup} under write load and {@code polyport restore} into an empty folder; file modes. */
@DisabledIfSystemProperty(named = "polyport.test.database", matches = "postgresql",
        disabledReason = "backup and restore are for the embedded SQLite database; PostgreSQL has pg_dump")
class BackupRestoreTest {
    private static final int MAX_TICKETS = 3_000;

    @Test
    void aBackupTakenWhileTicketsAreWrittenRestoresWithEveryTicketCommittedBeforeIt(@TempDir Path dir)
            throws Exception {
        Path backup = dir.resolve("polyport-backup.db");
        int committedBefore;
        int committedAfter;
        try (TestServer server = TestServer.start()) {
            XmlRpcClient client = server.xmlRpcClient("/login/rpc", "admin", TestServer.ADMIN_PASSWORD);
            AtomicInteger committed = new AtomicInteger();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            Future<?> load = writer.submit(() -> {
                while (writing.get() && committed.get() < MAX_TICKETS) {
                    client.execute("ticket.create", new Object[] {"ticket " + committed.get(), "written under load",
                            Map.of("keywords", "backup")});
                    committed.incrementAndGet();
                }
                return null;
            });
            while (committed.get() < 50) {
                Thread.sleep(20);
            }
            committedBefore = committed.get();
            server.cli("backup", backup.toString());
            committedAfter = committed.get();
            writing.set(false);
            load.get(60, TimeUnit.SECONDS);
            writer.shutdown();
            assertThatThrownBy(() -> server.cli("backup", backup.toString())).hasMessageContaining("exists");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        int inBackup = count(backup, "select count(*) from ticket");
        assertThat(inBackup).isBetween(committedBefore, committedAfter);

        Path restored = dir.resolve("restored");
        TestServer.cliWithoutServer(restored, "restore", backup.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.resolve("polyport.db"))))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> TestServer.cliWithoutServer(restored, "restore", backup.toString()))
                .hasMessageContaining("already holds a database");
        try (PolyportServer server = PolyportServer.start(Config.defaults().with("server", "data", restored.toString())
                .with("server", "port", 0))) {
            XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
            config.setServerURL(new URL("http://127.0.0.1:" + server.port() + "/login/rpc"));
            config.setBasicUserName("admin");
            config.setBasicPassword(TestServer.ADMIN_PASSWORD);
            XmlRpcClient client = new XmlRpcClient();
            client.setConfig(config);
            Object[] ids = (Object[]) client.execute("ticket.query", new Object[] {"keywords=backup&max=0"});
            assertThat(ids).hasSize(inBackup);
        }
    }

    @Test
    void aNewDataFolderAndItsFilesAreOwnerOnly(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("fresh");
        TestServer.cliWithoutServer(data, "user", "list");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (var files = Files.list(data)) {
            files.forEach(file -> assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
        }
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(Path database, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
