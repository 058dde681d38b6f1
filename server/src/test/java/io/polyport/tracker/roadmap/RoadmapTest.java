package io.polyport.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.server.testing.RpcCalls;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code roadmap.*} over a real server: milestones in roadmap order with their tickets counted by status and type,
 * over XML-RPC, JSON-RPC and REST, and what callers without ROADMAP_VIEW or TICKET_VIEW get.
 */
@SuppressWarnings("unchecked")
class RoadmapTest {
    private TestServer server;
    private XmlRpcClient admin;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
        milestone("alpha", Map.of("due", date("2030-01-01T00:00:00Z")));
        milestone("beta", Map.of("due", date("2029-06-01T00:00:00Z"), "description", "The beta."));
        milestone("shipped", Map.of("due", date("2024-01-01T00:00:00Z"), "completed", date("2025-01-01T00:00:00Z")));
        milestone("someday", Map.of());
        ticket("beta", "defect", false);
        int closed = ticket("beta", "defect", true);
        ticket("beta", "enhancement", false);
        ticket("shipped", "task", true);
        ticket("", "task", false);
        admin.execute("ticket.update", new Object[] {closed, "closed once more", Map.of()});
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void milestonesInRoadmapOrderWithTheirTicketsCounted() throws Exception {
        List<Map<String, Object>> roadmap = roadmap(admin, true);
        List<Object> names = roadmap.stream().map(m -> m.get("name")).toList();
        assertThat(names).containsSubsequence("beta", "alpha", "someday", "shipped");
        assertThat(names.get(names.size() - 1)).isEqualTo("shipped");
        assertThat(names.subList(0, 2)).containsExactly("beta", "alpha");

        Map<String, Object> beta = roadmap.get(0);
        assertThat(beta).containsEntry("total", 3).containsEntry("closed", 1).containsEntry("percentDone", 33)
                .containsEntry("description", "The beta.").containsEntry("completed", 0)
                .containsEntry("byStatus", Map.of("new", 2, "closed", 1))
                .containsEntry("byType", Map.of("defect", 2, "enhancement", 1));
        assertThat(((Date) beta.get("due")).toInstant()).isEqualTo(Instant.parse("2029-06-01T00:00:00Z"));
        assertThat(roadmap.get(1)).containsEntry("total", 0).containsEntry("percentDone", 0)
                .containsEntry("byStatus", Map.of());
        Map<String, Object> shipped = roadmap.get(roadmap.size() - 1);
        assertThat(shipped).containsEntry("total", 1).containsEntry("percentDone", 100);

        assertThat(roadmap(admin, false)).extracting(m -> m.get("name")).doesNotContain("shipped").contains("beta");
        assertThat((Map<String, Object>) admin.execute("roadmap.get", new Object[] {"beta"}))
                .isEqualTo(beta);
        assertThatThrownBy(() -> admin.execute("roadmap.get", new Object[] {"gamma"}))
                .hasMessageContaining("Milestone gamma does not exist.");
    }

    @Test
    void theSameOverJsonRpcAndRestAndWhatCallersWithoutTheRightsGet() throws Exception {
        RpcCalls json = new RpcCalls(server, "admin", TestServer.ADMIN_PASSWORD);
        JsonNode all = json.jsonRpc("roadmap.getAll").get("result");
        assertThat(all.get(0).get("name").asText()).isEqualTo("beta");
        assertThat(all.get(0).get("byType").get("defect").asInt()).isEqualTo(2);
        HttpResponse<String> list = json.rest("GET", "/roadmap", null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("\"percentDone\"");
        HttpResponse<String> one = json.rest("GET", "/roadmap/beta", null);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(RpcCalls.json(one).get("closed").asInt()).isEqualTo(1);

        server.grant("anonymous", "XML_RPC");
        XmlRpcClient anonymous = server.xmlRpcClient("/xmlrpc", null, null);
        assertThat(roadmap(anonymous, true).get(0)).containsEntry("total", 3);
        server.revoke("anonymous", "TICKET_VIEW");
        assertThat(roadmap(anonymous, true).get(0)).containsEntry("name", "beta").doesNotContainKeys("total",
                "byStatus", "byType", "percentDone");
        server.revoke("anonymous", "ROADMAP_VIEW");
        assertThatThrownBy(() -> roadmap(anonymous, true)).hasMessageContaining("ROADMAP_VIEW");
        RpcCalls anonymousCalls = new RpcCalls(server, null, null);
        assertThat(anonymousCalls.jsonRpc("roadmap.getAll").get("error").get("message").asText())
                .contains("ROADMAP_VIEW");
        assertThat(anonymousCalls.rest("GET", "/roadmap", null).statusCode()).isIn(401, 403);
    }

    private static List<Map<String, Object>> roadmap(XmlRpcClient client, boolean showCompleted) throws Exception {
        return Arrays.stream((Object[]) client.execute("roadmap.getAll", new Object[] {showCompleted}))
                .map(m -> (Map<String, Object>) m).toList();
    }

    private void milestone(String name, Map<String, Object> attributes) throws Exception {
        admin.execute("ticket.milestone.create", new Object[] {name, attributes});
    }

    private int ticket(String milestone, String type, boolean close) throws Exception {
        int id = (Integer) admin.execute("ticket.create", new Object[] {"in " + milestone, "",
                Map.of("milestone", milestone, "type", type)});
        if (close) {
            admin.execute("ticket.update", new Object[] {id, "", Map.of("status", "closed", "resolution", "fixed")});
        }
        return id;
    }

    private static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }
}
