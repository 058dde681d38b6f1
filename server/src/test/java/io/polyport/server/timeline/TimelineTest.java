package io.polyport.server.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.server.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The timeline over a real server: every kind of event, permissions, the cursor under concurrent writers, the same
 * stream over XML-RPC, JSON-RPC and REST, and the Atom feed.
 */
class TimelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer server;
    private XmlRpcClient admin;

    @BeforeEach
    void start() {
        server = TestServer.start();
        admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyKindOfEventWithWhoWhatAndALink() throws Exception {
        int id = (Integer) admin.execute("ticket.create", new Object[] {"Printer on fire", "It smokes.", Map.of()});
        admin.execute("ticket.update", new Object[] {id, "Looking into it.", Map.of()});
        admin.execute("ticket.update", new Object[] {id, "", Map.of("priority", "critical")});
        admin.execute("ticket.update", new Object[] {id, "Fixed.", Map.of("status", "closed", "resolution", "fixed")});
        admin.execute("ticket.update", new Object[] {id, "Again.", Map.of("status", "reopened", "resolution", "")});
        admin.execute("ticket.putAttachment", new Object[] {id, "log.txt", "the log", "x".getBytes()});
        admin.execute("wiki.putPage", new Object[] {"Guide", "= Guide =", Map.of("comment", "first")});
        admin.execute("wiki.putPage", new Object[] {"Guide", "= Guide =\nMore.", Map.of("comment", "more")});
        admin.execute("wiki.deletePage", new Object[] {"Guide"});
        admin.execute("ticket.milestone.update", new Object[] {"milestone1", Map.of("completed", new java.util.Date())});

        List<Map<String, Object>> events = events(admin, Map.of());
        assertThat(events).extracting(e -> e.get("kind")).containsExactly("ticket.created", "ticket.commented",
                "ticket.changed", "ticket.closed", "ticket.reopened", "attachment.added", "wiki.created",
                "wiki.edited", "wiki.deleted", "milestone.completed");
        Map<String, Object> created = events.get(0);
        assertThat(created).containsEntry("author", "admin").containsEntry("realm", "ticket")
                .containsEntry("target", String.valueOf(id)).containsEntry("text", "It smokes.")
                .containsEntry("link", "/rest/tickets/" + id);
        assertThat(created.get("title")).isEqualTo("Ticket #" + id + " (Printer on fire) created");
        assertThat(events.get(2).get("title")).isEqualTo("Ticket #" + id + " (Printer on fire) changed: priority");
        assertThat(events.get(7)).containsEntry("title", "Page Guide edited (version 2)").containsEntry("text", "more");
        assertThat(events.get(9)).containsEntry("title", "Milestone milestone1 completed");

        assertThat(events(admin, Map.of("kinds", List.of("wiki")))).extracting(e -> e.get("kind"))
                .containsExactly("wiki.created", "wiki.edited", "wiki.deleted");
        assertThat(events(admin, Map.of("kinds", List.of("ticket.closed", "milestone"))))
                .extracting(e -> e.get("kind")).containsExactly("ticket.closed", "milestone.completed");
        assertThat(events(admin, Map.of("ticket", id))).hasSize(6);
        assertThat(events(admin, Map.of("page", "Guide"))).hasSize(3);
        assertThat(events(admin, Map.of("author", "nobody"))).isEmpty();
        assertThatThrownBy(() -> admin.execute("timeline.getEvents", new Object[] {"", Map.of("kindz", "x"), 10}))
                .isInstanceOf(XmlRpcException.class).hasMessageContaining("Unknown timeline filter 'kindz'");
    }

    @Test
    void callersSeeOnlyWhatTheirPermissionsShow() throws Exception {
        admin.execute("ticket.create", new Object[] {"Secret", "", Map.of()});
        admin.execute("wiki.putPage", new Object[] {"Public", "text", Map.of()});
        server.grant("anonymous", "XML_RPC");
        server.revoke("anonymous", "TICKET_VIEW");
        XmlRpcClient anonymous = server.xmlRpcClient("/xmlrpc", null, null);
        assertThat(events(anonymous, Map.of())).extracting(e -> e.get("kind")).containsExactly("wiki.created");
        server.revoke("anonymous", "TIMELINE_VIEW");
        assertThatThrownBy(() -> events(anonymous, Map.of())).isInstanceOf(XmlRpcException.class)
                .hasMessageContaining("TIMELINE_VIEW");
    }

    @Test
    void aClientFollowingTheCursorWhileEightThreadsWriteSeesEveryEventOnce() throws Exception {
        int writers = 8;
        int ticketsEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<List<String>> follower = pool.submit(() -> {
                XmlRpcClient client = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
                List<String> seen = new ArrayList<>();
                String cursor = "";
                boolean last = false;
                while (!last) {
                    last = !writing.get();
                    Map<?, ?> page = (Map<?, ?>) client.execute("timeline.getEvents", new Object[] {cursor, Map.of(), 7});
                    for (Object event : (Object[]) page.get("events")) {
                        seen.add(String.valueOf(((Map<?, ?>) event).get("id")));
                    }
                    cursor = String.valueOf(page.get("cursor"));
                    if (Boolean.TRUE.equals(page.get("more"))) {
                        last = false;
                    }
                }
                return seen;
            });
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writes.add(pool.submit(() -> {
                    XmlRpcClient client = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
                    for (int t = 0; t < ticketsEach; t++) {
                        int id = (Integer) client.execute("ticket.create",
                                new Object[] {"writer " + writer + " ticket " + t, "", Map.of()});
                        client.execute("ticket.update", new Object[] {id, "comment by " + writer, Map.of()});
                    }
                    return null;
                }));
            }
            for (Future<?> write : writes) {
                write.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            List<String> seen = follower.get(120, TimeUnit.SECONDS);
            assertThat(seen).hasSize(writers * ticketsEach * 2);
            assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
            Set<String> recorded = new HashSet<>();
            events(admin, Map.of()).forEach(e -> recorded.add(String.valueOf(e.get("id"))));
            assertThat(recorded).containsExactlyInAnyOrderElementsOf(seen);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameStreamOverJsonRpcRestAndAtom() throws Exception {
        int id = (Integer) admin.execute("ticket.create", new Object[] {"Feed <me> & you", "", Map.of()});
        admin.execute("wiki.putPage", new Object[] {"FeedPage", "text", Map.of("comment", "made")});

        HttpResponse<String> json = server.post("/login/jsonrpc", "application/json",
                "{\"method\": \"timeline.getEvents\", \"params\": [\"\", {\"kinds\": [\"ticket\"]}], \"id\": 1}",
                "admin", TestServer.ADMIN_PASSWORD);
        JsonNode result = JSON.readTree(json.body()).get("result");
        assertThat(result.get("events")).hasSize(1);
        assertThat(result.get("events").get(0).get("target").asText()).isEqualTo(String.valueOf(id));

        HttpResponse<String> rest = server.send(HttpRequest.newBuilder(server.uri("/login/rest/timeline?max=10"))
                .header("Authorization", TestServer.basic("admin", TestServer.ADMIN_PASSWORD)).GET().build());
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        assertThat(rest.body()).contains("wiki.created").contains("ticket.created");

        HttpResponse<String> feed = server.send(HttpRequest.newBuilder(server.uri("/login/timeline.atom"))
                .header("Authorization", TestServer.basic("admin", TestServer.ADMIN_PASSWORD)).GET().build());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
        var titles = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        assertThat(titles.item(1).getTextContent()).isEqualTo("Page FeedPage created (version 1)");
        assertThat(titles.item(2).getTextContent()).isEqualTo("Ticket #" + id + " (Feed <me> & you) created");
        assertThat(server.send(HttpRequest.newBuilder(server.uri("/login/timeline.atom")).GET().build())
                .statusCode()).isEqualTo(401);
    }

    private static List<Map<String, Object>> events(XmlRpcClient client, Map<String, Object> filter) throws Exception {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = "";
        boolean more = true;
        while (more) {
            Map<?, ?> page = (Map<?, ?>) client.execute("timeline.getEvents", new Object[] {cursor, filter, 1000});
            for (Object event : (Object[]) page.get("events")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) event;
                events.add(map);
            }
            cursor = String.valueOf(page.get("cursor"));
            more = Boolean.TRUE.equals(page.get("more"));
        }
        return events;
    }
}
