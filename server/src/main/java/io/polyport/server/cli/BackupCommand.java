package io.polyport.server.cli;

import io.polyport.server.config.ServerConfig;
import io.polyport.server.storage.DatabaseConfig;
import io.polyport.server.storage.SqliteBackup;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code polyport backup FILE}: a consistent copy of the embedded database, also while the server runs. */
@Command(name = "backup", description = {
        "Write a consistent copy of the embedded SQLite database (attachments included) to FILE, also while the"
                + " server runs. For PostgreSQL use pg_dump."})
final class BackupCommand implements Runnable {
    private final Terminal terminal;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "FILE", description = "The backup file to create; it must not exist.")
    Path file;

    BackupCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void run() {
        SqliteBackup.backup(embeddedDataFolder(data), file);
        terminal.out().println("Backed up to " + file);
    }

    /** The data folder of an embedded database; refuses a configured external database. */
    static Path embeddedDataFolder(DataOptions data) {
        if (data.config().section("database", DatabaseConfig.class).url() != null) {
            throw new IllegalArgumentException("backup and restore handle the embedded SQLite database only;"
                    + " use the database's own tools (pg_dump, pg_restore)");
        }
        return data.config().section("server", ServerConfig.class).data();
    }
}
