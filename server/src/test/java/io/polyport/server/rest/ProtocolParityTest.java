package io.polyport.server.rest;

import static io.polyport.server.rest.RestClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same operations through XML-RPC, JSON-RPC and REST give the same data and the same permission outcomes for
 * an admin, a limited user and an anonymous caller.
 */
class ProtocolParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    /** A caller and how each protocol reaches the server as that caller. */
    private record Who(String name, String user, String password) {
        RestClient rest() {
            return new RestClient(server, user, password);
        }
    }

    private static final Who ADMIN = new Who("admin", "admin", TestServer.ADMIN_PASSWORD);
    private static final Who LIMITED = new Who("limited", "limited", "limited-pw");
    private static final Who ANONYMOUS = new Who("anonymous", null, null);

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.addUser("limited", "limited-pw", "XML_RPC");
        server.grant("anonymous", "XML_RPC");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An outcome: the value on success, or "denied" when the call was refused for permissions. */
    private static Object xmlRpc(Who who, String method, Object... params) throws Exception {
        XmlRpcClient client = server.xmlRpcClient("/xmlrpc", who.user(), who.password());
        try {
            return client.execute(method, params);
        } catch (XmlRpcException e) {
            assertThat(e.code).as(e.getMessage()).isEqualTo(403);
            return "denied";
        }
    }

    private static Object jsonRpc(Who who, String method, Object... params) throws Exception {
        String request = JSON.writeValueAsString(Map.of("method", method, "params", List.of(params), "id", 1));
        HttpRequest.Builder builder = who.rest().request("/jsonrpc").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request));
        JsonNode response = body(who.rest().send(builder));
        if (response.hasNonNull("error")) {
            assertThat(response.get("error").get("code").asInt()).as(response.toString()).isEqualTo(403);
            return "denied";
        }
        return response.get("result");
    }

    private static Object rest(HttpResponse<byte[]> response) {
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            return "denied";
        }
        assertThat(response.statusCode()).as(RestClient.text(response)).isLessThan(300);
        return response.body().length == 0 ? "ok" : body(response);
    }

    private static int ticket(String summary) throws Exception {
        return (Integer) xmlRpc(ADMIN, "ticket.create", summary, "description", Map.of("priority", "minor"));
    }

    @Test
    void readsGiveTheSameData() throws Exception {
        int id = ticket("parity read");
        for (Who who : List.of(ADMIN, LIMITED, ANONYMOUS)) {
            Object[] viaXml = (Object[]) xmlRpc(who, "ticket.get", id);
            Map<?, ?> xmlFields = (Map<?, ?>) viaXml[3];
            JsonNode viaJson = (JsonNode) jsonRpc(who, "ticket.get", id);
            JsonNode viaRest = (JsonNode) rest(who.rest().get("/rest/tickets/" + id));
            for (String field : List.of("summary", "description", "priority", "status", "_ts")) {
                assertThat(viaJson.get(3).get(field).asText()).as(who.name() + " " + field)
                        .isEqualTo(String.valueOf(xmlFields.get(field)));
                assertThat(viaRest.get(field).asText()).as(who.name() + " " + field)
                        .isEqualTo(String.valueOf(xmlFields.get(field)));
            }
            assertThat(viaRest.get("id").asInt()).isEqualTo(viaXml[0]);
        }
    }

    @Test
    void permissionOutcomesAgree() throws Exception {
        for (Who who : List.of(ADMIN, LIMITED, ANONYMOUS)) {
            boolean createXml = !"denied".equals(xmlRpc(who, "ticket.create", "x", "d"));
            boolean createJson = !"denied".equals(jsonRpc(who, "ticket.create", "x", "d"));
            boolean createRest = !"denied".equals(rest(who.rest().json("POST", "/rest/tickets",
                    "{\"summary\":\"x\",\"description\":\"d\"}")));
            assertThat(List.of(createXml, createJson, createRest)).as(who.name() + " create")
                    .containsOnly(who != ANONYMOUS);

            int a = ticket("delete a");
            int b = ticket("delete b");
            int c = ticket("delete c");
            boolean deleteXml = !"denied".equals(xmlRpc(who, "ticket.delete", a));
            boolean deleteJson = !"denied".equals(jsonRpc(who, "ticket.delete", b));
            boolean deleteRest = !"denied".equals(rest(who.rest().send(who.rest().request("/rest/tickets/" + c)
                    .header("If-Match", "*").DELETE())));
            assertThat(List.of(deleteXml, deleteJson, deleteRest)).as(who.name() + " delete")
                    .containsOnly(who == ADMIN);
        }
    }

    @Test
    void wikiReadsAgree() throws Exception {
        xmlRpc(ADMIN, "wiki.putPage", "ParityPage", "Same text everywhere", Map.of());
        for (Who who : List.of(ADMIN, LIMITED, ANONYMOUS)) {
            Object viaXml = xmlRpc(who, "wiki.getPage", "ParityPage");
            JsonNode viaJson = (JsonNode) jsonRpc(who, "wiki.getPage", "ParityPage");
            JsonNode viaRest = (JsonNode) rest(who.rest().get("/rest/wiki/ParityPage"));
            assertThat(List.of(viaXml, viaJson.asText(), viaRest.asText())).as(who.name())
                    .containsOnly("Same text everywhere");
        }
    }
}
