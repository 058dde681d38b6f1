package io.polyport.tracker.importer.trac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Bcrypt;
import io.polyport.server.config.Config;
import io.polyport.server.testing.TestDatabases;
import io.polyport.server.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.Sha2Crypt;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real Trac 1.6 environment with the CLI, starts a real server over the result and compares, object by
 * object, what Polyport's XML-RPC API answers with what Trac's database holds (read directly here).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracImportRpcTest {
    /** Users added to the environment's copy with password formats the fixture lacks: bcrypt and SHA-256 crypt. */
    private static final List<String> GENERATED_USERS = List.of("erin", "frank", "gina");

    @TempDir
    static Path temp;
    private Path environment;
    private Path tracDb;
    private Path data;
    private TestServer server;
    private XmlRpcClient admin;

    @BeforeAll
    void importFixture() throws IOException {
        environment = TracFixture.copy(temp);
        tracDb = TracFixture.tracDb(environment);
        Path htpasswd = temp.resolve("htpasswd");
        List<String> lines = new ArrayList<>(Files.readAllLines(environment.resolve("htpasswd")));
        lines.add("erin:" + Password.hash("erin").with(BcryptFunction.getInstance(Bcrypt.Y, 6)).getResult());
        lines.add("frank:" + Sha2Crypt.sha256Crypt("frank".getBytes(StandardCharsets.UTF_8)));
        lines.add("gina:" + Password.hash("gina").with(BcryptFunction.getInstance(Bcrypt.B, 6)).getResult());
        Files.write(htpasswd, lines);
        for (String user : GENERATED_USERS) {
            TracFixture.execute(tracDb, "INSERT INTO permission VALUES ('" + user + "', 'developers')");
        }
        data = Files.createDirectories(temp.resolve("data"));
        if (TestDatabases.postgres()) {
            TestDatabases.writeConfigFile(data);
        }
        TracFixture.Run run = TracFixture.cli("import", "trac", environment.toString(), "--data", data.toString(),
                "--htpasswd", htpasswd.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("tickets      25", "wiki         69");
        server = TestServer.over(Config.load(data.resolve("polyport.yaml")), data);
        admin = server.xmlRpcClient("/login/rpc", "admin", "admin");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Object call(String method, Object... params) throws XmlRpcException {
        return admin.execute(method, params);
    }

    private List<Map<String, Object>> trac(String sql) {
        return TracFixture.query(tracDb, sql);
    }

    private static long seconds(Object micros) {
        return ((Number) micros).longValue() / 1_000_000;
    }

    private static long seconds(Date date) {
        return date.getTime() / 1000;
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }

    /** As an XML-RPC client reads {@code value}: XML parsers turn every CR LF into LF. */
    private static String wire(Object value) {
        return text(value).replace("\r\n", "\n");
    }

    @Test
    void everyTicketHasTracsFieldsAndTimes() throws XmlRpcException {
        List<Map<String, Object>> tickets = trac("SELECT * FROM ticket ORDER BY id");
        Object[] ids = (Object[]) call("ticket.query", "max=0&order=id");
        assertThat(ids).containsExactly(tickets.stream().map(t -> t.get("id")).toArray());
        for (Map<String, Object> ticket : tickets) {
            int id = (Integer) ticket.get("id");
            Object[] got = (Object[]) call("ticket.get", id);
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = (Map<String, Object>) got[3];
            for (String field : List.of("type", "component", "severity", "priority", "owner", "reporter", "cc",
                    "version", "milestone", "status", "resolution", "summary", "description", "keywords")) {
                assertThat(attributes.get(field)).as("#%d %s", id, field).isEqualTo(wire(ticket.get(field)));
            }
            assertThat(attributes.get("_ts")).as("#%d changetime in microseconds", id)
                    .isEqualTo(ticket.get("changetime").toString());
            assertThat(seconds((Date) got[1])).isEqualTo(seconds(ticket.get("time")));
            assertThat(seconds((Date) got[2])).isEqualTo(seconds(ticket.get("changetime")));
            for (Map<String, Object> custom : trac("SELECT name, value FROM ticket_custom WHERE ticket = " + id)) {
                assertThat(attributes.get(custom.get("name"))).as("#%d %s", id, custom.get("name"))
                        .isEqualTo(custom.get("value"));
            }
        }
        List<Map<String, Object>> stored = TracFixture.queryPolyport(data,
                "SELECT id, time, changetime FROM ticket ORDER BY id");
        assertThat(stored).as("times to the microsecond").isEqualTo(
                trac("SELECT id, time, changetime FROM ticket ORDER BY id"));
        assertThat(TracFixture.queryPolyport(data, "SELECT id, description FROM ticket ORDER BY id"))
                .as("text byte for byte, CR LF included").isEqualTo(
                        trac("SELECT id, description FROM ticket ORDER BY id"));
    }

    @Test
    void everyChangeLogIsTracsHistory() throws XmlRpcException {
        for (Map<String, Object> ticket : trac("SELECT id FROM ticket ORDER BY id")) {
            int id = (Integer) ticket.get("id");
            record Row(long micros, long order, List<Object> entry) {
            }
            List<Row> expected = new ArrayList<>();
            for (Map<String, Object> change : trac("SELECT * FROM ticket_change WHERE ticket = " + id
                    + " ORDER BY time, author, field")) {
                expected.add(new Row(((Number) change.get("time")).longValue(), expected.size(),
                        List.of(seconds(change.get("time")), change.get("author"), change.get("field"),
                                text(change.get("oldvalue")), text(change.get("newvalue")), 1)));
            }
            for (Map<String, Object> attachment : trac("SELECT * FROM attachment WHERE type = 'ticket' AND id = '"
                    + id + "'")) {
                expected.add(new Row(((Number) attachment.get("time")).longValue(), Long.MAX_VALUE,
                        List.of(seconds(attachment.get("time")), attachment.get("author"), "attachment", "",
                                attachment.get("filename"), 0)));
            }
            expected.sort(Comparator.comparingLong(Row::micros).thenComparingLong(Row::order));
            List<List<Object>> got = Arrays.stream((Object[]) call("ticket.changeLog", id))
                    .map(entry -> {
                        Object[] row = (Object[]) entry;
                        return List.<Object>of(seconds((Date) row[0]), row[1], row[2], row[3], row[4], row[5]);
                    }).toList();
            assertThat(got).as("ticket #%d", id).isEqualTo(expected.stream().map(Row::entry).toList());
        }
    }

    @Test
    void ticketAttachmentsAreTracsBytes() throws Exception {
        List<Map<String, Object>> attachments = trac("SELECT * FROM attachment WHERE type = 'ticket'");
        assertThat(attachments).hasSize(12);
        for (Map<String, Object> attachment : attachments) {
            int id = Integer.parseInt((String) attachment.get("id"));
            String filename = (String) attachment.get("filename");
            Object[] listed = Arrays.stream((Object[]) call("ticket.listAttachments", id))
                    .map(Object[].class::cast).filter(row -> row[0].equals(filename)).findFirst().orElseThrow();
            assertThat(listed[1]).isEqualTo(attachment.get("description"));
            assertThat(listed[2]).isEqualTo(attachment.get("size"));
            assertThat(seconds((Date) listed[3])).isEqualTo(seconds(attachment.get("time")));
            assertThat(listed[4]).isEqualTo(attachment.get("author"));
            assertThat((byte[]) call("ticket.getAttachment", id, filename))
                    .isEqualTo(Files.readAllBytes(attachmentFile("ticket", Integer.toString(id), filename)));
        }
    }

    /** Trac's layout, as FIXTURE.md describes it. */
    private Path attachmentFile(String realm, String parent, String filename) {
        String parentHash = DigestUtils.sha1Hex(parent);
        String extension = filename.substring(filename.lastIndexOf('.'));
        return environment.resolve("files/attachments/" + realm + "/" + parentHash.substring(0, 3) + "/" + parentHash
                + "/" + DigestUtils.sha1Hex(filename) + extension);
    }

    @Test
    void everyPageVersionIsTracs() throws XmlRpcException {
        List<Map<String, Object>> versions = trac("SELECT * FROM wiki ORDER BY name, version");
        assertThat((Object[]) call("wiki.getAllPages")).containsExactlyInAnyOrder(
                versions.stream().map(v -> v.get("name")).distinct().toArray());
        for (Map<String, Object> version : versions) {
            String name = (String) version.get("name");
            int number = (Integer) version.get("version");
            assertThat(call("wiki.getPageVersion", name, number)).as("%s@%d", name, number)
                    .isEqualTo(wire(version.get("text")));
            @SuppressWarnings("unchecked")
            Map<String, Object> info = (Map<String, Object>) call("wiki.getPageInfoVersion", name, number);
            assertThat(info.get("author")).isEqualTo(version.get("author"));
            assertThat(info.get("version")).isEqualTo(number);
            assertThat(text(info.get("comment"))).isEqualTo(text(version.get("comment")));
            assertThat(seconds((Date) info.get("lastModified"))).isEqualTo(seconds(version.get("time")));
        }
    }

    @Test
    void wikiAttachmentsAreTracsBytes() throws Exception {
        List<Map<String, Object>> attachments = trac("SELECT * FROM attachment WHERE type = 'wiki'");
        assertThat(attachments).isNotEmpty();
        for (Map<String, Object> attachment : attachments) {
            String page = (String) attachment.get("id");
            String path = page + "/" + attachment.get("filename");
            assertThat((Object[]) call("wiki.listAttachments", page)).contains(path);
            assertThat((byte[]) call("wiki.getAttachment", path)).isEqualTo(
                    Files.readAllBytes(attachmentFile("wiki", page, (String) attachment.get("filename"))));
        }
    }

    @Test
    void readOnlyPagesStayReadOnly() {
        XmlRpcClient bob = server.xmlRpcClient("/login/rpc", "bob", "bob");
        assertThatThrownBy(() -> bob.execute("wiki.putPage", new Object[] {"ReadOnlyPage", "changed", Map.of()}))
                .isInstanceOf(XmlRpcException.class);
    }

    @Test
    void milestonesComponentsAndVersionsAreTracs() throws XmlRpcException {
        for (Map<String, Object> milestone : namedObjects("milestone")) {
            Map<String, Object> got = get("ticket.milestone.get", milestone);
            assertThat(text(got.get("description"))).isEqualTo(text(milestone.get("description")));
            assertTime(got.get("due"), milestone.get("due"));
            assertTime(got.get("completed"), milestone.get("completed"));
        }
        for (Map<String, Object> component : namedObjects("component")) {
            Map<String, Object> got = get("ticket.component.get", component);
            assertThat(got.get("owner")).isEqualTo(text(component.get("owner")));
            assertThat(got.get("description")).isEqualTo(text(component.get("description")));
        }
        for (Map<String, Object> version : namedObjects("version")) {
            Map<String, Object> got = get("ticket.version.get", version);
            assertThat(got.get("description")).isEqualTo(text(version.get("description")));
            assertTime(got.get("time"), version.get("time"));
        }
    }

    /** The rows of Trac's {@code table}, after checking that {@code ticket.TABLE.getAll} lists their names. */
    private List<Map<String, Object>> namedObjects(String table) throws XmlRpcException {
        List<Map<String, Object>> rows = trac("SELECT * FROM " + table);
        assertThat((Object[]) call("ticket." + table + ".getAll")).as(table).containsExactlyInAnyOrder(
                rows.stream().map(row -> row.get("name")).toArray());
        return rows;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String method, Map<String, Object> row) throws XmlRpcException {
        return (Map<String, Object>) call(method, row.get("name"));
    }

    private static void assertTime(Object rpc, Object tracMicros) {
        if (((Number) tracMicros).longValue() == 0) {
            assertThat(rpc).isEqualTo(0);
        } else {
            assertThat(seconds((Date) rpc)).isEqualTo(seconds(tracMicros));
        }
    }

    @Test
    void everyEnumIsTracsInItsOrder() throws XmlRpcException {
        for (String[] names : new String[][] {{"ticket_type", "type"}, {"priority", "priority"},
                {"severity", "severity"}, {"resolution", "resolution"}}) {
            List<Map<String, Object>> values = trac("SELECT name, value FROM enum WHERE type = '" + names[0]
                    + "' ORDER BY CAST(value AS INTEGER)");
            assertThat((Object[]) call("ticket." + names[1] + ".getAll")).as(names[1])
                    .containsExactly(values.stream().map(v -> v.get("name")).toArray());
            for (Map<String, Object> value : values) {
                assertThat(call("ticket." + names[1] + ".get", value.get("name"))).isEqualTo(value.get("value"));
            }
        }
    }

    @Test
    void customFieldsAreDeclaredAsInTrac() throws XmlRpcException {
        List<String> custom = Arrays.stream((Object[]) call("ticket.getTicketFields"))
                .map(field -> (Map<?, ?>) field).filter(field -> Boolean.TRUE.equals(field.get("custom")))
                .map(field -> field.get("name") + ":" + field.get("type")).toList();
        assertThat(custom).containsExactlyInAnyOrder("estimate:text", "platform:select", "blocking:checkbox",
                "notes:textarea", "due:time");
    }

    @Test
    void permissionsAreTracs() {
        String listed = server.cli("permission", "list");
        for (Map<String, Object> grant : trac("SELECT username, action FROM permission")) {
            assertThat(listed).containsPattern("(?m)^" + grant.get("username") + "\\s+" + grant.get("action") + "$");
        }
        assertThat(listed.lines().filter(line -> !line.isBlank() && !line.startsWith("SUBJECT")).count())
                .as("nothing but Trac's grants: " + listed).isEqualTo(trac("SELECT * FROM permission").size());
    }

    @Test
    void usersHaveTheirSessionNamesAndEmails() {
        List<Map<String, Object>> users = TracFixture.queryPolyport(data,
                "SELECT name, full_name, email FROM users WHERE email <> '' ORDER BY name");
        assertThat(users).isEqualTo(trac("SELECT s.sid AS name, n.value AS full_name, e.value AS email FROM session s"
                + " JOIN session_attribute n ON n.sid = s.sid AND n.name = 'name'"
                + " JOIN session_attribute e ON e.sid = s.sid AND e.name = 'email' ORDER BY s.sid"));
    }

    @Test
    void everyHtpasswdFormatLogsInOnceThenAsArgon2id() {
        List<String> users = new ArrayList<>(List.of("admin", "alice", "bob", "carol", "dave"));
        users.addAll(GENERATED_USERS);
        for (String user : users) {
            String before = storedHash(user);
            assertThat(before).doesNotStartWith("$argon2id$");
            assertThat(login(user, user + "-wrong")).as(user + " wrong password").isEqualTo(401);
            assertThat(login(user, user)).as(user + " with " + before).isEqualTo(200);
            assertThat(storedHash(user)).as(user + " re-hashed").startsWith("$argon2id$");
            assertThat(login(user, user)).as(user + " after re-hashing").isEqualTo(200);
        }
    }

    private String storedHash(String user) {
        return (String) TracFixture.queryPolyport(data,
                "SELECT password_hash FROM users WHERE name = '" + user + "'").get(0).get("password_hash");
    }

    private int login(String user, String password) {
        return server.post("/login/rpc", "text/xml", "<?xml version=\"1.0\"?><methodCall><methodName>"
                + "system.getAPIVersion</methodName><params/></methodCall>", user, password).statusCode();
    }
}
