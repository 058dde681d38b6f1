package io.polyport.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestDatabases;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party's service plugin ({@code src/test/plugins/notes}), compiled against core alone and dropped into the
 * plugin folder as a jar: its own table (migrations), permissions with an implication, configuration section,
 * ticket-event listener and a flat method, served over XML-RPC, JSON-RPC and REST by the real server.
 */
class ServicePluginTest {
    private static final Config CONFIG = Config.parse("""
            plugins:
              notes:
                greeting: Good morning
                maxLength: 20
            """);

    @TempDir
    Path work;
    private Path data;

    @BeforeEach
    void installPlugin() {
        data = work.resolve("data");
        new PluginJarBuilder(work.resolve("build")).folder("notes").build(data.resolve("plugins/notes.jar"));
    }

    @Test
    void itsMethodsAreServedOverEveryProtocolWithItsPermissions() throws Exception {
        try (TestServer server = TestServer.start(CONFIG, data)) {
            server.addUser("writer", "pw", "XML_RPC", "NOTE_WRITE");
            server.addUser("reader", "pw", "XML_RPC", "NOTE_VIEW");
            XmlRpcClient writer = server.xmlRpcClient("/login/xmlrpc", "writer", "pw");
            XmlRpcClient reader = server.xmlRpcClient("/login/xmlrpc", "reader", "pw");

            assertThat(writer.execute("notes.create", new Object[] {"first note"})).isEqualTo(1);
            assertThat(writer.execute("notes.get", new Object[] {1}))
                    .isEqualTo(Map.of("id", 1, "text", "first note", "author", "writer"));
            assertThatThrownBy(() -> reader.execute("notes.create", new Object[] {"no"}))
                    .isInstanceOf(XmlRpcException.class).hasMessageContaining("NOTE_WRITE");
            assertThatThrownBy(() -> writer.execute("notes.create", new Object[] {"x".repeat(21)}))
                    .hasMessageContaining("at most 20 characters");
            assertThat(reader.execute("notes.greeting", new Object[0])).isEqualTo("Good morning");
            assertThat(reader.execute("notes_version", new Object[0])).isEqualTo(1);
            assertThat((Object[]) reader.execute("system.listMethods", new Object[0]))
                    .contains("notes.get", "notes_version").doesNotContain("notes.create");
            assertThat((String) reader.execute("system.methodHelp", new Object[] {"notes.get"}))
                    .contains("One note.");

            HttpResponse<String> json = server.post("/login/jsonrpc", "application/json",
                    "{\"jsonrpc\": \"2.0\", \"method\": \"notes.list\", \"params\": [], \"id\": 7}", "reader", "pw");
            assertThat(json.body()).contains("\"text\": \"first note\"").contains("\"id\": 7");

            HttpResponse<String> rest = server.send(HttpRequest.newBuilder(server.uri("/login/rest/notes/1"))
                    .header("Authorization", TestServer.basic("reader", "pw")).build());
            assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
            assertThat(rest.body()).contains("\"author\":\"writer\"");
            HttpResponse<String> flat = server.send(HttpRequest.newBuilder(server.uri("/login/rest/rpc/notes_version"))
                    .header("Authorization", TestServer.basic("reader", "pw")).build());
            assertThat(flat.body()).isEqualTo("1");
            HttpResponse<String> openApi = server.send(HttpRequest.newBuilder(server.uri("/rest/openapi.json"))
                    .build());
            assertThat(openApi.body()).contains("/notes/{id}");

            String html = (String) writer.execute("wiki.wikiToHtml", new Object[] {"Hello [[Greeting]]!"});
            assertThat(html).contains("<span class=\"greeting\">Good morning</span>").doesNotContain("<script");
        }
    }

    @Test
    void itHearsTicketEventsAndCallsOtherServicesWithTheCallersPermissions() throws Exception {
        try (TestServer server = TestServer.start(CONFIG, data)) {
            server.addUser("reader", "pw", "XML_RPC", "NOTE_VIEW");
            XmlRpcClient admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
            XmlRpcClient reader = server.xmlRpcClient("/login/xmlrpc", "reader", "pw");
            admin.execute("ticket.create", new Object[] {"Broken build", "it fails", Map.of()});
            admin.execute("ticket.update", new Object[] {1, "looking", Map.of("priority", "critical")});
            assertThat((Object[]) reader.execute("notes.ticketLog", new Object[0]))
                    .containsExactly("CREATED 1", "CHANGED 1");

            assertThat(reader.execute("notes.ticketSummary", new Object[] {1})).isEqualTo("Broken build");
            server.revoke("anonymous", "TICKET_VIEW");
            assertThatThrownBy(() -> reader.execute("notes.ticketSummary", new Object[] {1}))
                    .hasMessageContaining("TICKET_VIEW");
        }
    }

    @Test
    void itsMigrationsRunOnceInTheirOwnHistoryTable() throws Exception {
        TestServer first = TestServer.start(CONFIG, data);
        first.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD)
                .execute("notes.create", new Object[] {"kept"});
        try (TestServer again = first.restart(CONFIG)) {
            XmlRpcClient admin = again.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
            assertThat((Object[]) admin.execute("notes.list", new Object[0])).hasSize(1);
            Object[] plugins = (Object[]) admin.execute("plugin.list", new Object[0]);
            assertThat(plugins).extracting(p -> (Object) ((Map<?, ?>) p).get("id")).containsExactly("tracker", "notes");
            @SuppressWarnings("unchecked")
            Map<String, Object> notes = (Map<String, Object>) plugins[1];
            assertThat(notes).containsEntry("version", "1.2.3").containsEntry("state", "enabled");
            assertThat((Object[]) notes.get("services")).containsExactly("", "notes");
            assertThat((Object[]) notes.get("permissions")).containsExactly("NOTE_VIEW", "NOTE_WRITE");
            assertThat((Object[]) notes.get("migrations")).containsExactly("1 notes", "2 ticket log");
            assertThat(rows("SELECT version FROM flyway_history_notes WHERE success ORDER BY installed_rank"))
                    .containsExactly("0", "1", "2");
            assertThat(rows("SELECT script FROM flyway_schema_history WHERE script LIKE '%notes%'")).isEmpty();
        }
    }

    private List<String> rows(String sql) throws Exception {
        try (Connection connection = TestDatabases.connect(data);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
