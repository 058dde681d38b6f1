package io.polyport.tracker.importer.trac.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * Writes a large synthetic Trac 1.6 environment (not made by Trac, but with Trac's schema for every table the
 * import reads): {@code tickets} tickets, each with {@code changesPerTicket} change rows (half comments, half
 * field changes), three custom field values each, and 1,000 wiki pages of 3 versions.
 */
public final class SyntheticTracEnvironment {
    private static final String[] STATUSES = {"new", "assigned", "accepted", "reopened", "closed"};
    private static final String[] PRIORITIES = {"blocker", "critical", "major", "minor", "trivial"};
    private static final long START = 1_500_000_000_000_000L;

    private SyntheticTracEnvironment() {
    }

    /** Creates the environment in {@code folder} (which must not exist). */
    public static void write(Path folder, int tickets, int changesPerTicket) throws IOException, SQLException {
        Files.createDirectories(folder.resolve("conf"));
        Files.createDirectories(folder.resolve("db"));
        Files.writeString(folder.resolve("VERSION"), "Trac Environment Version 1\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("conf/trac.ini"), """
                [trac]
                database = sqlite:db/trac.db

                [ticket-custom]
                estimate = text
                platform = select
                platform.options = |Linux|Windows|macOS
                blocking = checkbox
                """, StandardCharsets.UTF_8);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("db/trac.db"))) {
            db.setAutoCommit(false);
            try (Statement ddl = db.createStatement()) {
                for (String sql : SCHEMA) {
                    ddl.execute(sql);
                }
            }
            fillTickets(db, tickets, changesPerTicket);
            fillWiki(db);
            db.commit();
        }
    }

    private static void fillTickets(Connection db, int tickets, int changesPerTicket) throws SQLException {
        Random random = new Random(42);
        try (PreparedStatement ticket = db.prepareStatement("INSERT INTO ticket VALUES (?, 'defect', ?, ?,"
                + " 'component1', NULL, ?, ?, ?, 'a@example.org, b@example.org', '1.0', 'milestone1', ?, NULL, ?, ?, ?)");
             PreparedStatement custom = db.prepareStatement("INSERT INTO ticket_custom VALUES (?, ?, ?)");
             PreparedStatement change = db.prepareStatement("INSERT INTO ticket_change VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= tickets; id++) {
                long time = START + id * 1_000_000L;
                int changes = changesPerTicket / 2;
                ticket.setInt(1, id);
                ticket.setLong(2, time);
                ticket.setLong(3, time + changes * 1000L);
                ticket.setString(4, PRIORITIES[random.nextInt(PRIORITIES.length)]);
                ticket.setString(5, "user" + random.nextInt(100));
                ticket.setString(6, "user" + random.nextInt(100));
                ticket.setString(7, STATUSES[random.nextInt(STATUSES.length)]);
                ticket.setString(8, "Ticket " + id + " about the parser");
                ticket.setString(9, "A description of ticket " + id + ".\r\nIt has two lines and a [wiki:Link].");
                ticket.setString(10, "parser crash");
                ticket.addBatch();
                for (String[] value : new String[][] {{"estimate", Integer.toString(id % 40)},
                        {"platform", "Linux"}, {"blocking", Integer.toString(id % 2)}}) {
                    custom.setInt(1, id);
                    custom.setString(2, value[0]);
                    custom.setString(3, value[1]);
                    custom.addBatch();
                }
                for (int c = 1; c <= changes; c++) {
                    long at = time + c * 1000L;
                    addChange(change, id, at, "status", STATUSES[(c - 1) % 5], STATUSES[c % 5]);
                    addChange(change, id, at, "comment", Integer.toString(c), "Comment " + c + " on #" + id
                            + ": the parser still crashes when it reads a long line.");
                }
                if (id % 1000 == 0) {
                    ticket.executeBatch();
                    custom.executeBatch();
                    change.executeBatch();
                }
            }
            ticket.executeBatch();
            custom.executeBatch();
            change.executeBatch();
        }
    }

    private static void addChange(PreparedStatement change, int ticket, long time, String field, String oldValue,
                                  String newValue) throws SQLException {
        change.setInt(1, ticket);
        change.setLong(2, time);
        change.setString(3, "user" + ticket % 100);
        change.setString(4, field);
        change.setString(5, oldValue);
        change.setString(6, newValue);
        change.addBatch();
    }

    private static void fillWiki(Connection db) throws SQLException {
        try (PreparedStatement page = db.prepareStatement("INSERT INTO wiki VALUES (?, ?, ?, 'user1', ?, ?, 0)")) {
            for (int p = 0; p < 1000; p++) {
                for (int version = 1; version <= 3; version++) {
                    page.setString(1, "Page" + p);
                    page.setInt(2, version);
                    page.setLong(3, START + p * 10_000L + version);
                    page.setString(4, "= Page " + p + " =\nVersion " + version + " of this page.");
                    page.setString(5, "edit " + version);
                    page.addBatch();
                }
            }
            page.executeBatch();
        }
    }

    private static final String[] SCHEMA = {
        "CREATE TABLE system (name text PRIMARY KEY, value text)",
        "INSERT INTO system VALUES ('database_version', '45'), ('initial_database_version', '45')",
        "CREATE TABLE enum (type text, name text, value text, description text, UNIQUE (type, name))",
        "INSERT INTO enum VALUES ('priority', 'blocker', '1', NULL), ('priority', 'critical', '2', NULL),"
                + " ('priority', 'major', '3', NULL), ('priority', 'minor', '4', NULL),"
                + " ('priority', 'trivial', '5', NULL), ('ticket_type', 'defect', '1', NULL),"
                + " ('resolution', 'fixed', '1', NULL)",
        "CREATE TABLE milestone (name text PRIMARY KEY, due integer, completed integer, description text)",
        "INSERT INTO milestone VALUES ('milestone1', 0, 0, NULL)",
        "CREATE TABLE component (name text PRIMARY KEY, owner text, description text)",
        "INSERT INTO component VALUES ('component1', 'somebody', NULL)",
        "CREATE TABLE version (name text PRIMARY KEY, time integer, description text)",
        "INSERT INTO version VALUES ('1.0', 0, NULL)",
        "CREATE TABLE permission (username text, action text, UNIQUE (username, action))",
        "INSERT INTO permission VALUES ('anonymous', 'TICKET_VIEW'), ('anonymous', 'WIKI_VIEW')",
        "CREATE TABLE session (sid text, authenticated integer, last_visit integer, UNIQUE (sid, authenticated))",
        "CREATE TABLE session_attribute (sid text, authenticated integer, name text, value text,"
                + " UNIQUE (sid, authenticated, name))",
        "CREATE TABLE report (id integer PRIMARY KEY, author text, title text, query text, description text)",
        "CREATE TABLE attachment (type text, id text, filename text, size integer, time integer,"
                + " description text, author text, UNIQUE (type, id, filename))",
        "CREATE TABLE wiki (name text, version integer, time integer, author text, text text, comment text,"
                + " readonly integer, UNIQUE (name, version))",
        "CREATE TABLE ticket (id integer PRIMARY KEY, type text, time integer, changetime integer, component text,"
                + " severity text, priority text, owner text, reporter text, cc text, version text, milestone text,"
                + " status text, resolution text, summary text, description text, keywords text)",
        "CREATE TABLE ticket_custom (ticket integer, name text, value text, UNIQUE (ticket, name))",
        "CREATE TABLE ticket_change (ticket integer, time integer, author text, field text, oldvalue text,"
                + " newvalue text, UNIQUE (ticket, time, field))",
    };
}
