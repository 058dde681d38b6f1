package io.polyport.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Password guessing over the network meets the login throttle; other users keep logging in quickly. */
class LoginThrottleHttpTest {
    private static final String CALL = "{\"method\": \"system.getAPIVersion\", \"params\": [], \"id\": 1}";
    private static final String JSON = "application/json";

    @Test
    void sixteenGuessingThreadsGetFiveAnswersThen429WhileOtherUsersLogInFast() throws Exception {
        try (TestServer server = TestServer.start()) {
            List<String> users = List.of("alice", "bob", "carol", "dave");
            for (String user : List.of("alice", "bob", "carol", "dave", "quiet1", "quiet2")) {
                server.addUser(user, user + "-pw", "XML_RPC");
            }
            HttpClient ownClient = HttpClient.newHttpClient();
            long quietLogin = Math.max(firstLoginNanos(server, ownClient, "quiet1"),
                    firstLoginNanos(server, ownClient, "quiet2"));
            ConcurrentMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicBoolean attacking = new AtomicBoolean(true);
            ExecutorService attackers = Executors.newFixedThreadPool(16);
            List<Future<?>> running = new ArrayList<>();
            AtomicInteger guess = new AtomicInteger();
            for (int thread = 0; thread < 16; thread++) {
                running.add(attackers.submit(() -> {
                    while (attacking.get()) {
                        HttpResponse<String> response = server.post("/login/rpc", JSON, CALL, "admin",
                                "guess-" + guess.incrementAndGet());
                        statuses.computeIfAbsent(response.statusCode(), status -> new AtomicInteger())
                                .incrementAndGet();
                        if (response.statusCode() == 429) {
                            assertThat(response.headers().firstValue("Retry-After")).isPresent();
                        }
                    }
                    return null;
                }));
            }
            long attackStart = System.nanoTime();
            Thread.sleep(1_000);
            long slowestLogin = 0;
            for (String user : users) {
                slowestLogin = Math.max(slowestLogin, firstLoginNanos(server, ownClient, user));
                Thread.sleep(500);
            }
            Thread.sleep(Math.max(0, 5_000 - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attackStart)));
            attacking.set(false);
            for (Future<?> attacker : running) {
                attacker.get(30, TimeUnit.SECONDS);
            }
            attackers.shutdown();
            double seconds = (System.nanoTime() - attackStart) / 1e9;
            int answered = statuses.getOrDefault(401, new AtomicInteger()).get();
            int throttled = statuses.getOrDefault(429, new AtomicInteger()).get();
            System.out.printf("login throttle: %d guesses checked (401), %d refused (429) in %.1f s; "
                    + "slowest first login of another user during the attack: %d ms (without attack: %d ms)%n",
                    answered, throttled, seconds, TimeUnit.NANOSECONDS.toMillis(slowestLogin),
                    TimeUnit.NANOSECONDS.toMillis(quietLogin));
            assertThat(statuses.keySet()).containsOnly(401, 429);
            assertThat(answered).isEqualTo(5);
            assertThat(throttled).isGreaterThan(100);
            // The attackers share this JVM and the machine's cores with the server, so their own requests slow
            // everyone's CPU; what the throttle guarantees is that they cost no password hashes (5 above) and
            // that no other login is refused or queued behind their guesses.
            assertThat(TimeUnit.NANOSECONDS.toMillis(slowestLogin)).isLessThan(15_000);

            HttpResponse<String> rightPassword = server.post("/login/rpc", JSON, CALL, "admin",
                    TestServer.ADMIN_PASSWORD);
            assertThat(rightPassword.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(rightPassword.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 60L);
        }
    }

    /** Logs {@code user} in (its first call, so its password is hashed) and returns how long it took. */
    private static long firstLoginNanos(TestServer server, HttpClient client, String user) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri("/login/rpc"))
                .header("Content-Type", JSON).header("Authorization", TestServer.basic(user, user + "-pw"))
                .POST(HttpRequest.BodyPublishers.ofString(CALL)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return System.nanoTime() - start;
    }

    @Test
    void theRightPasswordWorksAgainOnceTheWindowEndsAndRefusalsSpeakEachProtocol() throws Exception {
        Config config = Config.defaults().with("login", "maxFailuresPerUser", 2).with("login", "windowSeconds", 10);
        try (TestServer server = TestServer.start(config)) {
            for (int i = 0; i < 2; i++) {
                assertThat(server.post("/login/rpc", JSON, CALL, "admin", "wrong").statusCode()).isEqualTo(401);
            }
            HttpResponse<String> json = server.post("/login/rpc", JSON, CALL, "admin", TestServer.ADMIN_PASSWORD);
            assertThat(json.statusCode()).isEqualTo(429);
            long retryAfter = Long.parseLong(json.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 10L);
            HttpResponse<String> rest = server.send(HttpRequest.newBuilder(server.uri(
                    "/login/rest/tickets")).header("Authorization",
                    TestServer.basic("admin", TestServer.ADMIN_PASSWORD)).GET().build());
            assertThat(rest.statusCode()).isEqualTo(429);
            assertThat(rest.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(rest.headers().firstValue("Retry-After")).isPresent();
            HttpResponse<String> otherUser = server.post("/login/rpc", JSON, CALL, "nobody", "x");
            assertThat(otherUser.statusCode()).isEqualTo(401);

            Thread.sleep(retryAfter * 1000 + 200);
            assertThat(server.post("/login/rpc", JSON, CALL, "admin", TestServer.ADMIN_PASSWORD).statusCode())
                    .isEqualTo(200);
        }
    }
}
