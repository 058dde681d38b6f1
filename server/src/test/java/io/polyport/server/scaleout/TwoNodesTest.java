package io.polyport.server.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.server.config.Config;
import io.polyport.server.testing.TestDatabases;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two real servers on one PostgreSQL database, as two nodes behind a load balancer. Runs in the PostgreSQL test run.
 */
@EnabledIfSystemProperty(named = "polyport.test.database", matches = "postgresql")
class TwoNodesTest {
    private static final int CLIENTS = 16;
    private static final long RACE_MILLIS = 4_000;
    private static final List<Integer> TICKETS = new ArrayList<>();
    private static final List<String> PAGES = List.of("SharedPageOne", "SharedPageTwo");

    private static TestServer nodeA;
    private static TestServer nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        Path dataA = Files.createTempDirectory("polyport-node-a");
        Path dataB = Files.createTempDirectory("polyport-node-b");
        TestDatabases.assign(dataB, TestDatabases.of(dataA));
        nodeA = TestServer.start(Config.defaults(), dataA);
        nodeB = TestServer.over(Config.defaults(), dataB);
        NodeClient admin = new NodeClient(nodeA, "admin", TestServer.ADMIN_PASSWORD);
        for (int i = 0; i < 3; i++) {
            TICKETS.add(admin.result("ticket.create", "Shared ticket " + i, "Raced by both nodes", Map.of())
                    .asInt());
        }
        for (String page : PAGES) {
            admin.result("wiki.putPage", page, "initial", Map.of());
        }
    }

    @AfterAll
    static void stopNodes() {
        nodeB.close();
        nodeA.close();
    }

    /** What the clients saw: changes acknowledged, refused with a conflict, and anything else. */
    private record Outcome(Queue<String> acknowledged, Queue<String> conflicts, Queue<String> failures) {
        Outcome() {
            this(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        }
    }

    @Test
    void racingUpdatesOnBothNodesLoseNothingAndRecordNothingTwice() throws Exception {
        Outcome tickets = new Outcome();
        Outcome pages = new Outcome();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RACE_MILLIS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            NodeClient client = new NodeClient(c % 2 == 0 ? nodeA : nodeB, "admin", TestServer.ADMIN_PASSWORD);
            String name = "client" + c;
            clients.add(pool.submit(() -> {
                for (int n = 0; System.nanoTime() < deadline; n++) {
                    if (ThreadLocalRandom.current().nextBoolean()) {
                        updateTicket(client, name + "-" + n, tickets);
                    } else {
                        updatePage(client, name + "-" + n, pages);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get(RACE_MILLIS + 60_000, TimeUnit.MILLISECONDS);
        }
        pool.shutdown();

        System.out.printf("two nodes, %d clients, %d ms: tickets %d acknowledged / %d conflicts, pages %d / %d%n",
                CLIENTS, RACE_MILLIS, tickets.acknowledged().size(), tickets.conflicts().size(),
                pages.acknowledged().size(), pages.conflicts().size());
        assertThat(tickets.failures()).isEmpty();
        assertThat(pages.failures()).isEmpty();
        assertThat(tickets.acknowledged()).hasSizeGreaterThan(CLIENTS);
        assertThat(tickets.conflicts()).as("the race happened").isNotEmpty();
        assertThat(pages.acknowledged()).hasSizeGreaterThan(CLIENTS / 2);

        NodeClient reader = new NodeClient(nodeB, "admin", TestServer.ADMIN_PASSWORD);
        List<String> comments = new ArrayList<>();
        for (int ticket : TICKETS) {
            for (JsonNode change : reader.result("ticket.changeLog", ticket, 0)) {
                if (change.get(2).asText().equals("comment") && !change.get(4).asText().isEmpty()) {
                    comments.add(change.get(4).asText());
                }
            }
        }
        assertThat(comments).as("every acknowledged comment once, nothing else")
                .containsExactlyInAnyOrderElementsOf(tickets.acknowledged());
        List<String> texts = new ArrayList<>();
        for (String page : PAGES) {
            int latest = reader.result("wiki.getPageInfo", page).get("version").asInt();
            for (int version = 2; version <= latest; version++) {
                texts.add(reader.result("wiki.getPageVersion", page, version).asText());
            }
        }
        assertThat(texts).as("every acknowledged page version once, nothing else")
                .containsExactlyInAnyOrderElementsOf(pages.acknowledged());
    }

    /** Reads a ticket's {@code _ts} and comments on it with that token: acknowledged, or refused as stale. */
    private static void updateTicket(NodeClient client, String comment, Outcome outcome) {
        int ticket = TICKETS.get(ThreadLocalRandom.current().nextInt(TICKETS.size()));
        String token = client.result("ticket.get", ticket).get(3).get("_ts").asText();
        JsonNode response = client.call("ticket.update", ticket, comment, Map.of("_ts", token));
        JsonNode error = response.path("error");
        if (error.isMissingNode() || error.isNull()) {
            outcome.acknowledged().add(comment);
        } else if (error.path("code").asInt() == 409) {
            outcome.conflicts().add(comment);
        } else {
            outcome.failures().add(comment + ": " + error);
        }
    }

    /**
     * Reads a page's version (its ETag) and saves a new text with If-Match: acknowledged as the next version, or
     * 412. A save acknowledged as any later version would have overwritten a version its client never saw.
     */
    private static void updatePage(NodeClient client, String text, Outcome outcome) {
        String page = PAGES.get(ThreadLocalRandom.current().nextInt(PAGES.size()));
        HttpResponse<String> current = client.rest("GET", "/rest/wiki/" + page, null);
        String etag = current.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> saved = client.rest("PUT", "/rest/wiki/" + page,
                "{\"content\":\"" + text + "\"}", "If-Match", etag);
        if (saved.statusCode() == 200) {
            int read = Integer.parseInt(etag.replace("\"", ""));
            int written = Integer.parseInt(saved.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
            if (written != read + 1) {
                outcome.failures().add(text + ": saved as version " + written + " over version " + read
                        + ", which it never saw");
            }
            outcome.acknowledged().add(text);
        } else if (saved.statusCode() == 412) {
            outcome.conflicts().add(text);
        } else {
            outcome.failures().add(text + ": " + saved.statusCode() + " " + saved.body());
        }
    }
}
