package io.polyport.server.cli;

import io.polyport.server.config.ServerConfig;
import io.polyport.server.storage.Database;
import io.polyport.tracker.importer.trac.ImportReport;
import io.polyport.tracker.importer.trac.TracEnvironment;
import io.polyport.tracker.importer.trac.TracImporter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polyport import trac ENV_DIR}: move a Trac environment into Polyport (see docs/import-trac.md). */
@Command(name = "import", description = "Import another tracker's data.")
final class ImportCommand {
    private static final String REPORT_FILE = "import-trac-report.txt";

    private final Terminal terminal;

    ImportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Command(name = "trac", description = "Import a Trac 1.x environment: tickets with their history, wiki pages,"
            + " attachments, milestones, components, versions, enums, users and permissions. Run it again to"
            + " resume an interrupted import.")
    int trac(@Parameters(paramLabel = "ENV_DIR", description = "The Trac environment folder.") Path environment,
             @Option(names = "--htpasswd", paramLabel = "FILE",
                     description = "An Apache htpasswd file with the users' passwords.") Path htpasswd,
             @Option(names = "--dry-run", description = "Read and check everything, write nothing.") boolean dryRun,
             @Option(names = "--merge", description = "Import into a database that has tickets or pages of its"
                     + " own: tickets get new numbers, printed as a mapping.") boolean merge,
             @Mixin DataOptions data) {
        Path dataFolder = data.config().section("server", ServerConfig.class).data();
        TracImporter.Options options = new TracImporter.Options(htpasswd, dryRun, merge, data.configPath());
        ImportReport report;
        try (TracEnvironment trac = TracEnvironment.open(environment)) {
            TracImporter importer = new TracImporter(trac, options, terminal.err());
            if (dryRun) {
                report = importer.run(null);
            } else {
                try (Database database = data.openDatabase()) {
                    report = importer.run(database);
                }
            }
        }
        report.summary().forEach(terminal.out()::println);
        report.ticketNumbers().forEach(line -> terminal.out().println("renumbered " + line));
        if (dryRun) {
            report.skipped().forEach(item -> terminal.out().println("would skip\t" + item));
        } else {
            Path reportFile = dataFolder.resolve(REPORT_FILE);
            report.write(reportFile);
            terminal.out().println("skipped items are listed in " + reportFile);
        }
        return 0;
    }
}
