package io.polyport.server.cli;

import io.polyport.server.storage.Database;
import io.polyport.server.storage.SqliteBackup;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code polyport restore FILE}: puts a backup into a data folder without a database, then migrates it. */
@Command(name = "restore", description = {
        "Restore a backup made with 'backup' into a data folder that has no database yet (stop the server first);"
                + " the copy is checked, then migrated to this version."})
final class RestoreCommand implements Runnable {
    private final Terminal terminal;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    RestoreCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void run() {
        SqliteBackup.restore(file, BackupCommand.embeddedDataFolder(data));
        try (Database migrated = data.openDatabase()) {
            terminal.out().println("Restored " + file + " (schema up to date)");
        }
    }
}
