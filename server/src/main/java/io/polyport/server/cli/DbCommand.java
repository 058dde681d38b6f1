package io.polyport.server.cli;

import io.polyport.server.storage.Database;
import io.polyport.server.storage.transfer.DatabaseComparison;
import io.polyport.server.storage.transfer.DatabaseCopy;
import io.polyport.server.storage.transfer.TablePlan;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code polyport db copy|verify}: move an installation's data to another database, and check such a copy. */
@Command(name = "db", description = "Move the data to another database (e.g. from SQLite to PostgreSQL).")
final class DbCommand {
    private static final int TABLE_WIDTH = 24;
    private static final String PLUGIN_HINT = "a plugin's tables appear once the plugin has started on the target;"
            + " copy into a new database after that";

    private final Terminal terminal;

    DbCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Command(name = "copy", description = {"Copy every table of the source database into a new, empty target"
            + " database (migrating it to this version's schema first), in one transaction, then compare the two"
            + " table by table (row counts and checksums). Stop the server first. The source must be at this"
            + " version's schema (start this version's server on it once). Exit code 1 when a table differs."})
    int copy(@Mixin DatabasePair pair) {
        DatabasePair.Configs configs = pair.configs(terminal);
        try (Database source = Database.openExisting(configs.source());
             Database target = Database.open(configs.target(), null)) {
            long started = System.nanoTime();
            TablePlan plan = DatabaseCopy.copy(source, target, this::progress);
            long millis = (System.nanoTime() - started) / 1_000_000;
            terminal.out().printf("Copied %d tables in %.1f s.%n", plan.tables().size(), millis / 1000.0);
            return report(DatabaseComparison.of(source, target));
        }
    }

    @Command(name = "verify", description = {"Compare two databases table by table: row counts and checksums of"
            + " every table they share. Exit code 1 when a table differs."})
    int verify(@Mixin DatabasePair pair) {
        DatabasePair.Configs configs = pair.configs(terminal);
        try (Database source = Database.openExisting(configs.source());
             Database target = Database.openExisting(configs.target())) {
            return report(DatabaseComparison.of(source, target));
        }
    }

    private DatabaseCopy.Progress progress(long rows) {
        ProgressBar bar = ProgressBars.start(terminal.err(), "copy", 0, rows);
        return new DatabaseCopy.Progress() {
            @Override
            public void table(String name) {
                bar.setExtraMessage(" " + name);
            }

            @Override
            public void copied(long copied) {
                bar.stepBy(copied);
            }

            @Override
            public void close() {
                bar.close();
                terminal.err().println();
            }
        };
    }

    private void row(Object... cells) {
        terminal.out().println(String.format("%-" + TABLE_WIDTH + "s %12s %12s  %-16s  %-16s  %s", cells)
                .stripTrailing());
    }

    private int report(DatabaseComparison comparison) {
        row("table", "source rows", "target rows", "source checksum", "target checksum", "");
        for (DatabaseComparison.Row row : comparison.tables()) {
            row(row.table(), row.source().rows(), row.target().rows(), row.source().shortHex(),
                    row.target().shortHex(), row.matches() ? "ok" : "DIFFERS");
        }
        List<String> missing = comparison.missingOnTarget();
        if (!missing.isEmpty()) {
            terminal.out().println("Not copied, the target has no such table (" + PLUGIN_HINT + "): "
                    + String.join(", ", missing));
        }
        List<String> differing = comparison.differing();
        if (!differing.isEmpty()) {
            terminal.err().println("polyport: the databases differ in " + String.join(", ", differing));
            return 1;
        }
        return 0;
    }
}
