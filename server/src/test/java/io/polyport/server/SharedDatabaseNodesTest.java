package io.polyport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestDatabases;
import io.polyport.server.testing.TestServer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two real servers on one database, as two nodes behind a load balancer: what one node (or the command line beside
 * it) changes, the other honours within a second, and remembered idempotency keys are shared and survive restarts.
 */
class SharedDatabaseNodesTest {
    private static final Duration WITHIN = Duration.ofMillis(1_500);
    private static final String TICKET = "{\"summary\":\"once across nodes\",\"description\":\"d\"}";

    private TestServer nodeA;
    private TestServer nodeB;

    @BeforeEach
    void start() throws IOException {
        nodeA = TestServer.start();
        nodeA.addUser("alice", "alice-pw", "XML_RPC", "TICKET_VIEW", "TICKET_CREATE");
        nodeB = TestServer.over(sameDatabaseAs(nodeA), Files.createTempDirectory("polyport-node-b"));
    }

    @AfterEach
    void stop() {
        nodeB.close();
        nodeA.close();
    }

    /** A configuration naming node A's database. */
    private static Config sameDatabaseAs(TestServer node) {
        Config defaults = Config.defaults();
        return TestDatabases.postgres() ? TestDatabases.configure(defaults, node.data())
                : defaults.with("database", "url", "jdbc:sqlite:" + node.data().resolve("polyport.db"));
    }

    /** {@code config} with a rate limit of 3 requests at once (refilling slowly) and 2 failed logins per name. */
    private static Config limited(Config config) {
        return config.with("server", "rateLimitPerSecond", 0.01).with("server", "rateLimitBurst", 3)
                .with("login", "maxFailuresPerUser", 2);
    }

    private static HttpResponse<String> request(TestServer node, String method, String path, String authorization,
                                                String body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
                .header("Authorization", authorization).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return node.send(request.build());
    }

    private static HttpResponse<String> listTickets(TestServer node, String authorization) {
        return request(node, "GET", "/rest/tickets", authorization, null, null);
    }

    /** How long after now {@code refused} first holds, polling every 50 ms for at most 5 s. */
    private static Duration untilRefused(Supplier<Boolean> refused) throws InterruptedException {
        long start = System.nanoTime();
        while (!refused.get()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void anIdempotencyKeyUsedOnOneNodeIsReplayedByTheOtherAndAfterARestart() {
        String alice = TestServer.basic("alice", "alice-pw");
        HttpResponse<String> first = request(nodeA, "POST", "/rest/tickets", alice, TICKET, "k-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        HttpResponse<String> onB = request(nodeB, "POST", "/rest/tickets", alice, TICKET, "k-1");
        assertThat(onB.statusCode()).isEqualTo(201);
        assertThat(onB.body()).isEqualTo(first.body());
        assertThat(onB.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(onB.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(request(nodeB, "POST", "/rest/tickets", alice, "{\"summary\":\"other\"}", "k-1").statusCode())
                .isEqualTo(422);

        nodeA = nodeA.restart(Config.defaults());
        HttpResponse<String> afterRestart = request(nodeA, "POST", "/rest/tickets", alice, TICKET, "k-1");
        assertThat(afterRestart.body()).isEqualTo(first.body());
        assertThat(afterRestart.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(listTickets(nodeB, alice).body()).containsOnlyOnce("once across nodes");
    }

    @Test
    void onPostgresqlTheNodesShareOneRateLimitAndOneLoginThrottle() {
        assumeTrue(TestDatabases.postgres(), "SQLite has one node, whose buckets stay in memory");
        nodeA = nodeA.restart(limited(Config.defaults()));
        nodeB = nodeB.restart(limited(sameDatabaseAs(nodeA)));
        String alice = TestServer.basic("alice", "alice-pw");
        assertThat(listTickets(nodeA, alice).statusCode()).isEqualTo(200);
        assertThat(listTickets(nodeB, alice).statusCode()).isEqualTo(200);
        assertThat(listTickets(nodeA, alice).headers().firstValue("RateLimit-Remaining")).hasValue("0");
        assertThat(listTickets(nodeB, alice).statusCode()).isEqualTo(429);

        String wrong = TestServer.basic("bob", "wrong");
        assertThat(listTickets(nodeA, wrong).statusCode()).isEqualTo(401);
        assertThat(listTickets(nodeB, wrong).statusCode()).isEqualTo(401);
        assertThat(listTickets(nodeA, wrong).statusCode()).isEqualTo(429);
    }

    @Test
    void aPasswordChangedBesideOneNodeIsRefusedByTheOtherWithinASecond() throws InterruptedException {
        String old = TestServer.basic("alice", "alice-pw");
        assertThat(listTickets(nodeB, old).statusCode()).isEqualTo(200);
        nodeA.cliWithInput("new-pw", "user", "passwd", "alice", "--password-stdin");
        assertThat(untilRefused(() -> listTickets(nodeB, old).statusCode() == 401)).isLessThan(WITHIN);
    }

    @Test
    void aRevokedPermissionIsRefusedByTheOtherNodeWithinASecond() throws InterruptedException {
        String alice = TestServer.basic("alice", "alice-pw");
        assertThat(listTickets(nodeB, alice).statusCode()).isEqualTo(200);
        nodeA.cli("permission", "remove", "alice", "XML_RPC");
        assertThat(untilRefused(() -> listTickets(nodeB, alice).statusCode() == 403)).isLessThan(WITHIN);
    }

    @Test
    void aUserDisabledThroughOneNodeIsRefusedByTheOtherWithinASecond() throws Exception {
        String alice = TestServer.basic("alice", "alice-pw");
        assertThat(listTickets(nodeB, alice).statusCode()).isEqualTo(200);
        nodeA.xmlRpcClient("/login/rpc", "admin", TestServer.ADMIN_PASSWORD)
                .execute("user.disable", new Object[] {"alice"});
        assertThat(untilRefused(() -> listTickets(nodeB, alice).statusCode() == 401)).isLessThan(WITHIN);
    }

    @Test
    void aRevokedTokenIsRefusedByTheOtherNodeWithinASecond() throws InterruptedException {
        String token = nodeA.cli("token", "create", "alice").strip();
        String bearer = "Bearer " + token;
        assertThat(listTickets(nodeB, bearer).statusCode()).isEqualTo(200);
        nodeA.cli("token", "revoke", token);
        assertThat(untilRefused(() -> listTickets(nodeB, bearer).statusCode() == 401)).isLessThan(WITHIN);
    }
}
