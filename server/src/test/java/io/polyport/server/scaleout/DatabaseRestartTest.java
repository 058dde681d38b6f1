package io.polyport.server.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.server.config.Config;
import io.polyport.server.storage.DatabaseConfig;
import io.polyport.server.testing.TestDatabases;
import io.polyport.server.testing.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped and started again under write load: calls fail with a clear "unavailable" answer while it is
 * down, readiness says so, and the server serves again afterwards without a restart; no acknowledged write is lost.
 */
@EnabledIfSystemProperty(named = "polyport.test.database", matches = "postgresql")
class DatabaseRestartTest {
    private static final int WRITERS = 4;

    @TempDir
    Path folder;

    @Test
    void writesFailCleanlyWhileTheDatabaseIsDownAndResumeAfter() throws Exception {
        int port = freePort();
        Path pgData = folder.resolve("pg");
        EmbeddedPostgres postgres = start(pgData, port);
        Path data = Files.createDirectory(folder.resolve("node"));
        TestDatabases.assign(data, new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                "postgres", null));
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        try (TestServer node = TestServer.start(Config.defaults(), data)) {
            NodeClient client = new NodeClient(node, "admin", TestServer.ADMIN_PASSWORD);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String writer = "writer" + w;
                writers.add(pool.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        create(node, writer + "-" + n, acknowledged, unavailable, failures);
                    }
                    return null;
                }));
            }
            Thread.sleep(1_000);
            postgres.close();
            assertThat(awaitReadiness(node, 503)).as("readiness fails while the database is down").isTrue();
            Thread.sleep(1_000);
            postgres = start(pgData, port);
            assertThat(awaitReadiness(node, 200)).as("readiness recovers by itself").isTrue();
            int beforeRecovery = acknowledged.size();
            Thread.sleep(1_000);
            running.set(false);
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(failures).as("only clear 'unavailable' answers while the database was down").isEmpty();
            assertThat(unavailable.get()).as("the outage was noticed").isPositive();
            assertThat(acknowledged.size()).as("writes resumed after the restart").isGreaterThan(beforeRecovery);
            for (Map.Entry<Integer, String> ticket : acknowledged.entrySet()) {
                assertThat(client.result("ticket.get", ticket.getKey()).get(3).get("summary").asText())
                        .as("acknowledged ticket #" + ticket.getKey()).isEqualTo(ticket.getValue());
            }
        } finally {
            postgres.close();
        }
    }

    /** One ticket.create: acknowledged (with its id), refused as unavailable (HTTP 503 or error 503), or else. */
    private static void create(TestServer node, String summary, Map<Integer, String> acknowledged,
                               AtomicInteger unavailable, Queue<String> failures) {
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.uri("/login/jsonrpc"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", TestServer.basic("admin", TestServer.ADMIN_PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"ticket.create\",\"params\":[\""
                            + summary + "\",\"written during a restart\",{}],\"id\":1}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            failures.add(summary + ": " + e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (response.statusCode() == 503) {
            unavailable.incrementAndGet();
            return;
        }
        try {
            JsonNode answer = NodeClient.JSON.readTree(response.body());
            if (answer.hasNonNull("result")) {
                acknowledged.put(answer.get("result").asInt(), summary);
            } else if (answer.path("error").path("code").asInt() == 503) {
                unavailable.incrementAndGet();
            } else {
                failures.add(summary + ": " + response.body());
            }
        } catch (IOException e) {
            failures.add(summary + ": HTTP " + response.statusCode() + " " + response.body());
        }
    }

    private static boolean awaitReadiness(TestServer node, int status) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(node.uri("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                    return true;
                }
            } catch (IOException e) {
                // the server answers again in a moment
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Starts PostgreSQL over {@code dataDirectory} (created on the first start, kept when it stops). */
    private static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
