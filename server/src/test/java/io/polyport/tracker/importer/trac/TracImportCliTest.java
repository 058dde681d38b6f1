package io.polyport.tracker.importer.trac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import io.polyport.server.testing.TestDatabases;
import io.polyport.tracker.ticket.CustomFieldConfig;
import io.polyport.tracker.ticket.TicketConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import command's promises beyond a clean run: an interrupted import resumes without duplicates, a dry run
 * writes nothing, {@code --merge} renumbers, and each kind of bad input gets a clear error with nothing written (or,
 * for a missing attachment file, a report line while the rest goes in).
 */
class TracImportCliTest {
    @TempDir
    Path temp;

    private long count(Path data, String table) {
        return ((Number) TracFixture.query(data.resolve("polyport.db"), "SELECT count(*) AS n FROM " + table)
                .get(0).get("n")).longValue();
    }

    private long tracCount(Path environment, String table) {
        return ((Number) TracFixture.query(TracFixture.tracDb(environment), "SELECT count(*) AS n FROM " + table)
                .get(0).get("n")).longValue();
    }

    private TracFixture.Run importTrac(Path environment, Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "trac", environment.toString(), "--data",
                data.toString()));
        args.addAll(List.of(more));
        return TracFixture.cli(args.toArray(String[]::new));
    }

    @Test
    void anInterruptedImportResumesWithoutDuplicates() {
        Path environment = TracFixture.copy(temp);
        Path data = temp.resolve("data");
        try (TracEnvironment trac = TracEnvironment.open(environment);
             Database database = Database.open(DatabaseConfig.defaults(), data)) {
            TracImporter importer = new TracImporter(trac, new TracImporter.Options(null, false, false,
                    data.resolve("polyport.yaml")), new PrintWriter(new StringWriter()));
            importer.onEachObject((kind, objects) -> {
                if (kind.equals("tickets") && objects == 12) {
                    throw new IllegalStateException("killed halfway");
                }
            });
            assertThatThrownBy(() -> importer.run(database)).hasMessage("killed halfway");
        }
        assertThat(count(data, "ticket")).as("the tickets' transaction rolled back").isZero();
        assertThat(count(data, "ticket_change")).isZero();
        assertThat(count(data, "milestone")).as("kinds before tickets stay imported").isEqualTo(7);
        assertThat(count(data, "import_checkpoint")).isEqualTo(7);

        TracFixture.Run resumed = importTrac(environment, data);
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("milestones   7 (imported by an earlier run)", "tickets      25");
        assertThat(count(data, "ticket")).isEqualTo(tracCount(environment, "ticket"));
        assertThat(count(data, "ticket_change")).isEqualTo(tracCount(environment, "ticket_change"));
        assertThat(count(data, "milestone")).isEqualTo(7);
        assertThat(count(data, "wiki")).isEqualTo(tracCount(environment, "wiki"));

        TracFixture.Run again = importTrac(environment, data);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("tickets      25 (imported by an earlier run)");
        assertThat(count(data, "ticket")).isEqualTo(25);
    }

    @Test
    void anImportIntoPostgresqlMovesTheIdSequencesPastTheImportedIds() throws IOException {
        Path environment = TracFixture.copy(temp);
        Path data = Files.createDirectories(temp.resolve("data"));
        try (TracEnvironment trac = TracEnvironment.open(environment);
             Database database = Database.open(TestDatabases.freshPostgres(), data)) {
            new TracImporter(trac, new TracImporter.Options(null, false, false, data.resolve("polyport.yaml")),
                    new PrintWriter(new StringWriter())).run(database);
            int imported = ((Number) database.dsl().fetchValue("SELECT max(id) FROM ticket")).intValue();
            assertThat(database.dsl().fetchValue("INSERT INTO ticket (type, time, changetime, component, severity,"
                    + " priority, owner, reporter, cc, version, milestone, status, resolution, summary, description,"
                    + " keywords) VALUES ('defect', 0, 0, '', '', '', '', '', '', '', '', 'new', '', 'new', '', '')"
                    + " RETURNING id")).isEqualTo(imported + 1);
        }
    }

    @Test
    void aDryRunReadsEverythingAndWritesNothing() throws IOException {
        Path environment = TracFixture.copy(temp);
        Path data = temp.resolve("data");
        TracFixture.Run run = importTrac(environment, data, "--dry-run", "--htpasswd",
                environment.resolve("htpasswd").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("tickets      25 read (dry run, nothing written)",
                "wiki         69 read (dry run", "would skip\tnot imported\treport {1} Active Tickets");
        assertThat(Files.exists(data)).as("no data folder, database or configuration").isFalse();
    }

    @Test
    void mergeAddsTheTicketsWithNewNumbers() {
        Path first = TracFixture.copy(temp);
        Path second = TracFixture.copy(temp);
        Path data = temp.resolve("data");
        assertThat(importTrac(first, data).exit()).isZero();

        TracFixture.Run refused = importTrac(second, data);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds tickets or wiki pages of its own", "--merge");

        TracFixture.Run merged = importTrac(second, data, "--merge");
        assertThat(merged.exit()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("renumbered #1 -> #26", "renumbered #25 -> #50");
        assertThat(count(data, "ticket")).isEqualTo(50);
        assertThat(count(data, "ticket_change")).isEqualTo(2 * tracCount(second, "ticket_change"));
        assertThat(count(data, "milestone")).as("existing milestones kept, not doubled").isEqualTo(7);
        Path db = data.resolve("polyport.db");
        assertThat(TracFixture.query(db, "SELECT summary, description, reporter FROM ticket WHERE id = 26"))
                .isEqualTo(TracFixture.query(db, "SELECT summary, description, reporter FROM ticket WHERE id = 1"));
        assertThat(TracFixture.query(db, "SELECT time, author, field, oldvalue, newvalue FROM ticket_change"
                + " WHERE ticket = 26 ORDER BY id")).isEqualTo(TracFixture.query(db,
                "SELECT time, author, field, oldvalue, newvalue FROM ticket_change WHERE ticket = 1 ORDER BY id"));
        assertThat(count(data, "wiki")).as("pages of the same names are kept, not doubled")
                .isEqualTo(tracCount(second, "wiki"));
    }

    @Test
    void aFolderThatIsNoTracEnvironmentIsRefused() throws IOException {
        Path notTrac = Files.createDirectory(temp.resolve("not-trac"));
        Path data = temp.resolve("data");
        TracFixture.Run run = importTrac(notTrac, data);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("is not a Trac environment");
        assertThat(Files.exists(data.resolve("polyport.db"))).isFalse();
    }

    @Test
    void anUnknownDatabaseVersionNamesTheSupportedOnes() {
        Path environment = TracFixture.copy(temp);
        TracFixture.execute(TracFixture.tracDb(environment),
                "UPDATE system SET value = '46' WHERE name = 'database_version'");
        Path data = temp.resolve("data");
        TracFixture.Run run = importTrac(environment, data);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Trac database version 46 is not supported", "versions 29 to 45");
        assertThat(Files.exists(data.resolve("polyport.db"))).isFalse();
    }

    @Test
    void aPostgresOrMysqlDatabaseIsRefusedWithTheWayOut() throws IOException {
        for (String[] database : new String[][] {{"postgres://trac:secret@db/trac", "PostgreSQL"},
                {"mysql://trac:secret@db/trac", "MySQL"}}) {
            Path environment = TracFixture.copy(temp);
            Path ini = environment.resolve("conf/trac.ini");
            Files.writeString(ini, Files.readString(ini).replace("database = sqlite:db/trac.db",
                    "database = " + database[0]));
            TracFixture.Run run = importTrac(environment, temp.resolve("data"));
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("is on " + database[1], "SQLite", "convert_db").doesNotContain("secret");
        }
    }

    @Test
    void anUnsupportedCustomFieldTypeStopsTheImportBeforeAnyWrite() throws IOException {
        Path environment = TracFixture.copy(temp);
        Path ini = environment.resolve("conf/trac.ini");
        Files.writeString(ini, Files.readString(ini).replace("[ticket-custom]\n",
                "[ticket-custom]\nparents = multiselect\n"));
        Path data = temp.resolve("data");
        TracFixture.Run run = importTrac(environment, data);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("field 'parents' has type 'multiselect'", "supported: text, textarea");
        assertThat(Files.exists(data.resolve("polyport.yaml"))).isFalse();
        assertThat(Files.exists(data.resolve("polyport.db"))).isFalse();
    }

    @Test
    void aMissingAttachmentFileIsReportedAndTheRestImported() throws IOException {
        Path environment = TracFixture.copy(temp);
        Path missing;
        try (TracEnvironment trac = TracEnvironment.open(environment)) {
            missing = trac.attachmentFile("ticket", "1", "notes.txt");
        }
        Files.delete(missing);
        Path data = temp.resolve("data");
        TracFixture.Run run = importTrac(environment, data);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(count(data, "ticket_attachment")).isEqualTo(11);
        assertThat(count(data, "ticket")).isEqualTo(25);
        String report = Files.readString(data.resolve("import-trac-report.txt"));
        assertThat(report).contains("tickets\t1/notes.txt\tattachment file missing: " + missing);
        List<Map<String, Object>> kept = TracFixture.query(data.resolve("polyport.db"),
                "SELECT filename FROM ticket_attachment WHERE ticket = 1");
        assertThat(kept).containsExactly(Map.of("filename", "dump-1.bin"));
    }

    @Test
    void aWorkflowThatDiffersFromTheDefaultIsWrittenBesideTheOtherSections() throws IOException {
        Path environment = TracFixture.copy(temp);
        Path ini = environment.resolve("conf/trac.ini");
        Files.writeString(ini, Files.readString(ini).replace("[ticket-workflow]\n",
                "[ticket-workflow]\ntest = accepted -> testing\ntest.permissions = TICKET_MODIFY\n"));
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("polyport.yaml"), "search:\n  maxResults: 42\n");
        TracFixture.Run run = importTrac(environment, data);
        assertThat(run.exit()).as(run.err()).isZero();
        Config config = Config.load(data.resolve("polyport.yaml"));
        TicketConfig tickets = config.section("ticket", TicketConfig.class);
        assertThat(tickets.workflow()).containsEntry("test", "accepted -> testing")
                .containsEntry("resolve", "new,assigned,accepted,reopened -> closed")
                .doesNotContainKeys("create", "create_and_assign", "create_and_assign.label");
        assertThat(tickets.custom()).extracting(CustomFieldConfig::name)
                .containsExactly("estimate", "platform", "blocking", "notes", "due");
        assertThat(Files.readString(data.resolve("polyport.yaml"))).contains("maxResults: 42");
    }
}
