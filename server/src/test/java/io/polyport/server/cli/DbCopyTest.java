package io.polyport.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.auth.DatabaseAuthenticator;
import io.polyport.server.auth.EffectivePermissions;
import io.polyport.server.auth.PasswordHasher;
import io.polyport.server.auth.PermissionCatalog;
import io.polyport.server.auth.PermissionStore;
import io.polyport.server.auth.TokenStore;
import io.polyport.server.auth.UserStore;
import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import io.polyport.server.testing.TestDatabases;
import io.polyport.server.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polyport db copy} and {@code db verify} on real databases: an installation's SQLite file, filled through a
 * real server, copied into a fresh embedded PostgreSQL database (and from there into another SQLite file, or
 * directly into one), then served by a real server over the copy.
 */
class DbCopyTest {
    private static final String CONFIG = """
            ticket:
              custom:
                - name: platform
                  type: select
                  options: [linux, mac, windows]
                  value: linux
            webhooks:
              allowedHosts: [127.0.0.1]
            """;
    private static final String CAROL_PASSWORD = "carol-secret";
    private static final byte[] BINARY = binary();

    @TempDir
    Path source;
    @TempDir
    Path target;

    record Run(int exitCode, String out, String err) {
    }

    /** What the source server answered before the copy, to compare with the copy's answers. */
    record Snapshot(List<Object> ticket, Object changeLog, String page1, String page2, String token) {
    }

    /**
     * SQLite to PostgreSQL and back to SQLite, where a real server checks what arrived. (A server does not start on
     * PostgreSQL until full-text search is implemented there; the PostgreSQL copy is checked through the real
     * authentication services and plain SQL.)
     */
    @Test
    void copiesAnInstallationToPostgresqlAndBack() throws Exception {
        Snapshot before = fillSource();
        DatabaseConfig postgres = TestDatabases.freshPostgres();

        Run copy = copy(postgres);

        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("Copied ").containsPattern("(?m)^ticket_change +\\d+ +\\d+ .* ok$")
                .containsPattern("(?m)^ticket_attachment +1 +1 .* ok$").doesNotContain("DIFFERS");
        try (Database database = Database.open(postgres, null)) {
            PasswordHasher hasher = new PasswordHasher();
            DatabaseAuthenticator authenticator = new DatabaseAuthenticator(new UserStore(database, hasher),
                    new TokenStore(database), new EffectivePermissions(new PermissionStore(database),
                    new PermissionCatalog()), hasher);
            assertThat(authenticator.authenticateBasic("carol", CAROL_PASSWORD)).isPresent();
            assertThat(authenticator.authenticateBasic("carol", "wrong")).isEmpty();
            assertThat(authenticator.authenticateToken(before.token())).isPresent();
            assertThat(database.dsl().fetchValue("INSERT INTO ticket (type, time, changetime, component, severity,"
                    + " priority, owner, reporter, cc, version, milestone, status, resolution, summary, description,"
                    + " keywords) VALUES ('defect', 0, 0, '', '', '', '', '', '', '', '', 'new', '', 'next', '', '')"
                    + " RETURNING id")).as("the identity sequence is past the copied ids").isEqualTo(4);
            database.dsl().execute("DELETE FROM ticket WHERE id = 4");
        }
        Path back = Files.createDirectories(target.resolve("back"));
        String file = "jdbc:sqlite:" + back.resolve("polyport.db");

        Run copyBack = db("copy", postgres.url(), postgres, new DatabaseConfig(file, null, null, null));

        assertThat(copyBack.exitCode()).as(copyBack.err()).isZero();
        try (TestServer server = TestServer.over(Config.parse(CONFIG).with("database", "url", file), target)) {
            assertServesTheCopy(server, before);
        }
    }

    @Test
    void copiesIntoSqliteWhereTheTriggersRebuildTheSearchIndex() throws Exception {
        Snapshot before = fillSource();
        String file = target.resolve("polyport.db").toString();

        Run copy = copy(new DatabaseConfig("jdbc:sqlite:" + file, null, null, null));

        assertThat(copy.exitCode()).as(copy.err()).isZero();
        try (TestServer server = TestServer.over(Config.parse(CONFIG).with("database", "url", "jdbc:sqlite:" + file),
                target)) {
            assertServesTheCopy(server, before);
            XmlRpcClient admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
            assertThat(hits(admin, "zebracomment")).containsExactly("/ticket/1");
            assertThat(hits(admin, "quokka")).containsExactly("/wiki/CopiedPage");
            assertThat(hits(admin, "wombat")).as("only the latest version of a page is indexed").isEmpty();
        }
    }

    @Test
    void refusesATargetThatHoldsData() throws Exception {
        fillSource();
        DatabaseConfig postgres = TestDatabases.freshPostgres();
        assertThat(copy(postgres).exitCode()).isZero();

        Run again = copy(postgres);

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("polyport: the target database already holds data (")
                .contains("ticket").contains("copy into a new, empty database");
    }

    @Test
    void refusesASourceAtAnOlderSchemaVersion() throws Exception {
        Path file = source.resolve("polyport.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration", "classpath:db/sqlite").target("5.14").load().migrate();

        Run copy = copy(TestDatabases.freshPostgres());

        assertThat(copy.exitCode()).isEqualTo(1);
        assertThat(copy.err()).contains("misses migrations of this Polyport version; start this version's server"
                + " on it once");
    }

    @Test
    void verifyFindsARowThatDiffers() throws Exception {
        fillSource();
        DatabaseConfig postgres = TestDatabases.freshPostgres();
        assertThat(copy(postgres).exitCode()).isZero();
        assertThat(verify(postgres).exitCode()).isZero();
        try (Connection connection = DriverManager.getConnection(postgres.url(), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE ticket_change SET newvalue = 'tampered' WHERE field = 'comment'");
            statement.executeUpdate("UPDATE wiki_attachment SET content = '\\x00'::bytea");
        }

        Run verify = verify(postgres);

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).containsPattern("(?m)^ticket_change .* DIFFERS$")
                .containsPattern("(?m)^wiki_attachment .* DIFFERS$").containsPattern("(?m)^ticket .* ok$");
        assertThat(verify.err()).isEqualTo("polyport: the databases differ in ticket_change, wiki_attachment\n");
    }

    @Test
    void listsTheSourcesTablesTheTargetLacks() throws Exception {
        fillSource();
        try (Connection connection = DriverManager.getConnection(sourceUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE pw_patch (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            statement.execute("INSERT INTO pw_patch (id, name) VALUES (1, 'fix')");
        }

        Run copy = copy(TestDatabases.freshPostgres());

        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.out()).contains("Not copied, the target has no such table (a plugin's tables appear once"
                + " the plugin has started on the target; copy into a new database after that): pw_patch");
    }

    /** Copies a generated installation of many tickets into PostgreSQL and prints how long it took. */
    @Test
    void copiesManyTicketsInBatches() throws Exception {
        int tickets = 5_000;
        int changesPerTicket = 4;
        TestServer.cliWithoutServer(prepareSource(), "user", "list");
        try (Connection connection = DriverManager.getConnection(sourceUrl())) {
            connection.setAutoCommit(false);
            try (PreparedStatement ticket = connection.prepareStatement("INSERT INTO ticket (id, type, time,"
                    + " changetime, component, severity, priority, owner, reporter, cc, version, milestone, status,"
                    + " resolution, summary, description, keywords) VALUES (?, 'defect', ?, ?, '', '', 'major',"
                    + " 'bob', 'alice', '', '', '', 'new', '', ?, ?, '')");
                 PreparedStatement change = connection.prepareStatement("INSERT INTO ticket_change (ticket, time,"
                         + " author, field, oldvalue, newvalue) VALUES (?, ?, 'bob', 'comment', ?, ?)")) {
                for (int id = 1; id <= tickets; id++) {
                    ticket.setInt(1, id);
                    ticket.setLong(2, id * 1_000_000L);
                    ticket.setLong(3, id * 1_000_000L);
                    ticket.setString(4, "Generated ticket " + id);
                    ticket.setString(5, "A description long enough to look like one. ".repeat(5));
                    ticket.addBatch();
                    for (int c = 1; c <= changesPerTicket; c++) {
                        change.setInt(1, id);
                        change.setLong(2, id * 1_000_000L + c);
                        change.setString(3, Integer.toString(c));
                        change.setString(4, "Comment " + c + " on ticket " + id);
                        change.addBatch();
                    }
                }
                ticket.executeBatch();
                change.executeBatch();
            }
            connection.commit();
        }
        long started = System.nanoTime();

        Run copy = copy(TestDatabases.freshPostgres());

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.out()).containsPattern("(?m)^ticket +" + tickets + " +" + tickets + " .* ok$")
                .containsPattern("(?m)^ticket_change +" + tickets * changesPerTicket + " .* ok$");
        System.out.println("db copy of " + tickets + " tickets with " + tickets * changesPerTicket
                + " changes to PostgreSQL, the target's migration and the verification included: " + millis + " ms; "
                + copy.out().lines().findFirst().orElseThrow());
    }

    /** Fills the source installation through a real server and returns what it answered. */
    private Snapshot fillSource() throws Exception {
        try (TestServer server = TestServer.start(Config.parse(CONFIG).with("database", "url", sourceUrl()),
                prepareSource())) {
            server.addUser("carol", CAROL_PASSWORD, "XML_RPC", "TICKET_VIEW", "WIKI_VIEW");
            XmlRpcClient admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
            for (int t = 1; t <= 3; t++) {
                admin.execute("ticket.create", new Object[] {"Copied ticket " + t, "Description " + t,
                        Map.of("platform", "mac", "keywords", "copy" + t)});
            }
            admin.execute("ticket.update", new Object[] {1, "a zebracomment on the first", Map.of("platform",
                    "windows")});
            admin.execute("ticket.update", new Object[] {1, "", Map.of("summary", "Copied ticket one")});
            admin.execute("ticket.putAttachment", new Object[] {2, "data.bin", "binary", BINARY, true});
            admin.execute("wiki.putPage", new Object[] {"CopiedPage", "wombat first version", Map.of()});
            admin.execute("wiki.putPage", new Object[] {"CopiedPage", "quokka second version", Map.of()});
            admin.execute("wiki.putAttachmentEx", new Object[] {"CopiedPage", "page.bin", "", BINARY, true});
            admin.execute("webhook.create", new Object[] {"http://127.0.0.1:9/hook", "a-webhook-secret-of-32-chars!!",
                new Object[] {"ticket"}});
            String token = server.cli("token", "create", "carol").lines().filter(line -> line.startsWith("pp_"))
                    .findFirst().orElseThrow();
            return new Snapshot(Arrays.asList((Object[]) admin.execute("ticket.get", new Object[] {1})),
                    Arrays.deepToString((Object[]) admin.execute("ticket.changeLog", new Object[] {1})),
                    (String) admin.execute("wiki.getPage", new Object[] {"CopiedPage", 1}),
                    (String) admin.execute("wiki.getPage", new Object[] {"CopiedPage", 2}), token);
        }
    }

    /**
     * The source server's data folder, whose configuration file makes the command line use the source's SQLite file
     * (also in the test run on PostgreSQL); the file lies outside it, so closing the server keeps it.
     */
    private Path prepareSource() throws IOException {
        Path data = Files.createDirectories(source.resolve("data"));
        Files.writeString(data.resolve("polyport.yaml"), "database:\n  url: \"" + sourceUrl() + "\"\n");
        return data;
    }

    private void assertServesTheCopy(TestServer server, Snapshot before) throws Exception {
        XmlRpcClient carol = server.xmlRpcClient("/login/xmlrpc", "carol", CAROL_PASSWORD);
        assertThat(Arrays.asList((Object[]) carol.execute("ticket.get", new Object[] {1})))
                .isEqualTo(before.ticket());
        assertThat(Arrays.deepToString((Object[]) carol.execute("ticket.changeLog", new Object[] {1})))
                .isEqualTo(before.changeLog());
        assertThat((byte[]) carol.execute("ticket.getAttachment", new Object[] {2, "data.bin"})).isEqualTo(BINARY);
        assertThat(carol.execute("wiki.getPage", new Object[] {"CopiedPage", 1})).isEqualTo(before.page1());
        assertThat(carol.execute("wiki.getPage", new Object[] {"CopiedPage", 2})).isEqualTo(before.page2());
        assertThat((byte[]) carol.execute("wiki.getAttachment", new Object[] {"CopiedPage/page.bin"}))
                .isEqualTo(BINARY);
        XmlRpcClient admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
        assertThat(admin.execute("ticket.create", new Object[] {"After the copy", "", Map.of()})).isEqualTo(4);
        assertThat((Object[]) admin.execute("webhook.list", new Object[0])).hasSize(1);
        int status = server.send(HttpRequest.newBuilder(server.uri("/login/jsonrpc"))
                .header("Authorization", "Bearer " + before.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"method\": \"ticket.get\", \"params\": [1], \"id\": 1}"))
                .build()).statusCode();
        assertThat(status).isEqualTo(200);
    }

    private static List<String> hits(XmlRpcClient client, String query) throws XmlRpcException {
        List<String> hrefs = new ArrayList<>();
        for (Object hit : (Object[]) client.execute("search.performSearch", new Object[] {query})) {
            hrefs.add(URI.create((String) ((Object[]) hit)[0]).getPath());
        }
        return hrefs;
    }

    private String sourceUrl() {
        return "jdbc:sqlite:" + source.resolve("polyport.db");
    }

    private Run copy(DatabaseConfig to) {
        return db("copy", to);
    }

    private Run verify(DatabaseConfig to) {
        return db("verify", to);
    }

    private Run db(String command, DatabaseConfig to) {
        return db(command, sourceUrl(), null, to);
    }

    /** Runs {@code db command} from {@code fromUrl} (with the credentials of {@code from}, if given) to {@code to}. */
    private Run db(String command, String fromUrl, DatabaseConfig from, DatabaseConfig to) {
        List<String> args = new ArrayList<>(List.of("db", command, "--from", fromUrl, "--to", to.url()));
        StringBuilder stdin = new StringBuilder();
        if (from != null && from.user() != null) {
            args.addAll(List.of("--from-user", from.user(), "--from-password-stdin"));
            stdin.append(from.password()).append('\n');
        }
        if (to.user() != null) {
            args.addAll(List.of("--to-user", to.user(), "--to-password-stdin"));
            stdin.append(to.password()).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PolyportCommand.run(args.toArray(String[]::new),
                new ByteArrayInputStream(stdin.toString().getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String errors = err.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.contains("%"))
                .filter(line -> !line.isBlank()).map(line -> line + "\n").reduce("", String::concat);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), errors);
    }

    private static byte[] binary() {
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
