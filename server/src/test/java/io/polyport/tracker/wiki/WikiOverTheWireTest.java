package io.polyport.tracker.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wiki and search over real HTTP: XML-RPC with Apache's XmlRpcClient and JSON-RPC with java.net.http, as a
 * Trac client would call them (the plugin's own large-file, binary round-trip and search tests among them). The
 * server runs over a fresh data folder with the wiki and search modules installed; users {@code admin}
 * (TRAC_ADMIN) and {@code reader} (XML_RPC, WIKI_VIEW, SEARCH_VIEW plus the default authenticated grants).
 */
class WikiOverTheWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Config.defaults().with("wiki", "baseUrl", "http://wiki.example")
                .with("search", "baseUrl", "http://wiki.example"));
        server.addUser("reader", "reader-pw", "XML_RPC", "WIKI_VIEW", "SEARCH_VIEW");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static XmlRpcClient xmlRpc(String user, String password) {
        return server.xmlRpcClient("/login/xmlrpc", user, password);
    }

    private static XmlRpcClient admin() throws Exception {
        return xmlRpc("admin", TestServer.ADMIN_PASSWORD);
    }

    private static JsonNode jsonRpc(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/login/jsonrpc"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestServer.basic("admin", TestServer.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void xmlRpcPagesHistoryAndFaults() throws Exception {
        XmlRpcClient admin = admin();
        assertThat(admin.execute("wiki.putPage", List.of("WireTest", "one\n", Map.of("comment", "c1")))).isEqualTo(true);
        assertThat(admin.execute("wiki.putPage", List.of("WireTest", "two, see WikiStart", Map.of()))).isEqualTo(true);
        XmlRpcClient reader = xmlRpc("reader", "reader-pw");
        assertThat(reader.execute("wiki.getPage", List.of("WireTest", 1))).isEqualTo("one\n");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) reader.execute("wiki.getPageInfo", List.of("WireTest"));
        assertThat(info).containsEntry("name", "WireTest").containsEntry("version", 2).containsEntry("author", "admin")
                .containsEntry("comment", "");
        assertThat(info.get("lastModified")).isInstanceOf(Date.class);
        assertThat(reader.execute("wiki.getPageInfo", List.of("NoSuchPage"))).isEqualTo(0);
        Object[] recent = (Object[]) reader.execute("wiki.getRecentChanges", List.of(info.get("lastModified")));
        assertThat(recent).extracting(change -> (Object) ((Map<?, ?>) change).get("name")).contains("WireTest");
        assertThat(reader.execute("wiki.getPageHTML", List.of("WireTest"))).isEqualTo(
                "<html><body><p>\ntwo, see <a class=\"wiki\" href=\"http://wiki.example/wiki/WikiStart\">WikiStart</a>\n"
                        + "</p>\n</body></html>");
        assertThat((Object[]) reader.execute("wiki.listLinks", List.of("WireTest"))).containsExactly("WikiStart");

        assertThatThrownBy(() -> reader.execute("wiki.getPage", List.of("NoSuchPage")))
                .isInstanceOfSatisfying(XmlRpcException.class, e -> {
                    assertThat(e.code).isEqualTo(404);
                    assertThat(e.getMessage()).isEqualTo("Wiki page \"NoSuchPage\" does not exist");
                });
        assertThatThrownBy(() -> reader.execute("wiki.deletePage", List.of("WireTest")))
                .isInstanceOfSatisfying(XmlRpcException.class, e -> assertThat(e.code).isEqualTo(403));
        assertThatThrownBy(() -> admin.execute("wiki.putPage", List.of("WireTest", "two, see WikiStart", Map.of())))
                .isInstanceOfSatisfying(XmlRpcException.class, e -> {
                    assertThat(e.code).isEqualTo(1);
                    assertThat(e.getMessage()).isEqualTo("Page not modified");
                });
    }

    @Test
    void pageVersionsOverXmlRpcAndJsonRpc() throws Exception {
        XmlRpcClient admin = admin();
        admin.execute("wiki.putPage", List.of("Versions", "one", Map.of("comment", "first")));
        admin.execute("wiki.putPage", List.of("Versions", "two", Map.of()));
        Object[] versions = (Object[]) xmlRpc("reader", "reader-pw").execute("wiki.getPageVersions",
                List.of("Versions"));
        assertThat(versions).extracting(v -> (Object) ((Map<?, ?>) v).get("version")).containsExactly(2, 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> oldest = (Map<String, Object>) versions[1];
        assertThat(oldest).containsEntry("comment", "first").containsEntry("author", "admin");
        assertThat(oldest.get("lastModified")).isInstanceOf(Date.class);
        assertThatThrownBy(() -> admin.execute("wiki.getPageVersions", List.of("NoSuchPage")))
                .isInstanceOfSatisfying(XmlRpcException.class, e -> assertThat(e.code).isEqualTo(404));

        JsonNode json = jsonRpc("{\"method\": \"wiki.getPageVersions\", \"params\": [\"Versions\"], \"id\": 3}");
        assertThat(json.get("result")).hasSize(2);
        assertThat(json.get("result").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(json.get("result").get(1).get("comment").asText()).isEqualTo("first");
    }

    @Test
    void xmlRpcLargeAndBinaryAttachmentsRoundTrip() throws Exception {
        XmlRpcClient admin = admin();
        admin.execute("wiki.putPage", List.of("SandBox/LargeXmlrpc", "large", Map.of()));
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        byte[] large = new byte[4 * 1024 * 1024];
        new Random(1).nextBytes(large);
        for (byte[] data : List.of(all, large)) {
            assertThat(admin.execute("wiki.putAttachmentEx", List.of("SandBox/LargeXmlrpc", "file.bin", "", data)))
                    .isEqualTo("file.bin");
            assertThat((byte[]) admin.execute("wiki.getAttachment", List.of("SandBox/LargeXmlrpc/file.bin")))
                    .isEqualTo(data);
        }
    }

    @Test
    void jsonRpcBinaryRoundTripAndLargeFile() throws Exception {
        assertThat(jsonRpc("{\"method\": \"wiki.putPage\", \"params\": [\"TitleIndex\", \"index\", {}]}"))
                .isEqualTo(JSON.readTree("{\"error\": null, \"id\": null, \"result\": true}"));
        byte[] large = new byte[4 * 1024 * 1024];
        new Random(2).nextBytes(large);
        String base64 = Base64.getEncoder().encodeToString(large);
        JsonNode put = jsonRpc("{\"method\": \"wiki.putAttachmentEx\", \"params\": [\"TitleIndex\", \"large.dat\", \"\", "
                + "{\"__jsonclass__\": [\"binary\", \"" + base64 + "\"]}]}");
        assertThat(put).isEqualTo(JSON.readTree("{\"error\": null, \"id\": null, \"result\": \"large.dat\"}"));
        JsonNode got = jsonRpc("{\"method\": \"wiki.getAttachment\", \"params\": [\"TitleIndex/large.dat\"], \"id\": 3}");
        assertThat(got.get("result").size()).isEqualTo(1);
        JsonNode hint = got.get("result").get("__jsonclass__");
        assertThat(hint.get(0).asText()).isEqualTo("binary");
        assertThat(Base64.getDecoder().decode(hint.get(1).asText())).isEqualTo(large);
    }

    @Test
    void jsonRpcSearchTitleOfATicketIsTracsFragment() throws Exception {
        int id = jsonRpc("{\"method\": \"ticket.create\", \"params\": [\"ticket10786\", \"\", "
                + "{\"type\": \"enhancement\", \"owner\": \"A\"}]}").get("result").asInt();
        JsonNode hits = jsonRpc("{\"method\": \"search.performSearch\", \"params\": [\"ticket10786\"]}").get("result");
        assertThat(hits.size()).isEqualTo(1);
        assertThat(hits.get(0).get(0).asText()).isEqualTo("http://wiki.example/ticket/" + id);
        assertThat(hits.get(0).get(1).asText())
                .isEqualTo("<span class=\"new\">#" + id + "</span>: enhancement: ticket10786 (new)");
        assertThat(jsonRpc("{\"method\": \"ticket.delete\", \"params\": [" + id + "]}").get("error").isNull()).isTrue();
        assertThat(jsonRpc("{\"method\": \"search.performSearch\", \"params\": [\"ticket10786\"]}").get("result"))
                .isEmpty();
    }

    @Test
    void jsonRpcSearchAndMulticall() throws Exception {
        jsonRpc("{\"method\": \"wiki.putPage\", \"params\": [\"Wombat\", \"wombats dig burrows\", {}]}");
        JsonNode hits = jsonRpc("{\"method\": \"search.performSearch\", \"params\": [\"wombats\"], \"id\": 1}")
                .get("result");
        assertThat(hits.size()).isEqualTo(1);
        assertThat(hits.get(0).get(0).asText()).isEqualTo("http://wiki.example/wiki/Wombat");
        assertThat(hits.get(0).get(1).asText()).isEqualTo("Wombat: wombats dig burrows");
        assertThat(hits.get(0).get(2).get("__jsonclass__").get(0).asText()).isEqualTo("datetime");
        assertThat(hits.get(0).get(3).asText()).isEqualTo("admin");
        assertThat(hits.get(0).get(4).asText()).contains("burrows");

        JsonNode multi = jsonRpc("{\"method\": \"system.multicall\", \"id\": 233, \"params\": ["
                + "{\"method\": \"wiki.getAllPages\", \"params\": [], \"id\": 1},"
                + "{\"method\": \"wiki.getPage\", \"params\": [\"WikiStart\", 1], \"id\": 2}]}").get("result");
        assertThat(multi.get(0).get("result").toString()).contains("\"WikiStart\"");
        assertThat(multi.get(1).get("result").asText()).contains("Welcome");
        assertThat(jsonRpc("{\"method\": \"search.getSearchFilters\", \"params\": []}").get("result"))
                .isEqualTo(JSON.readTree("[[\"ticket\", \"Tickets\"], [\"wiki\", \"Wiki\"], [\"milestone\", \"Milestones\"]]"));
    }
}
