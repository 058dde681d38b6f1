package io.polyport.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import io.polyport.server.webhook.WebhookReceiver.Delivery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks against a receiver on 127.0.0.1: every event signed and in order, retried while the receiver fails,
 * nothing lost across a server restart, redelivery, and the outbound allow-list.
 */
class WebhookTest {
    private static final String SECRET = "a-webhook-secret-of-some-length";
    private static final Config ALLOW_LOOPBACK = Config.parse("""
            webhooks:
              allowedHosts: [127.0.0.1]
              maxBackoffSeconds: 1
            """);

    private TestServer server;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(ALLOW_LOOPBACK);
        receiver = new WebhookReceiver(SECRET);
    }

    @AfterEach
    void stop() {
        receiver.close();
        server.close();
    }

    @Test
    void everyEventArrivesSignedAndInOrderWithoutSlowingTheRequest() throws Exception {
        XmlRpcClient admin = admin();
        admin.execute("webhook.create", new Object[] {receiver.url(), SECRET, new Object[] {"ticket", "wiki"}});
        List<Integer> tickets = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int id = (Integer) admin.execute("ticket.create", new Object[] {"hooked " + t, "", Map.of()});
            tickets.add(id);
            admin.execute("ticket.update", new Object[] {id, "first", Map.of()});
            admin.execute("ticket.update", new Object[] {id, "second", Map.of()});
        }
        admin.execute("ticket.milestone.update", new Object[] {"milestone1", Map.of("completed", new java.util.Date())});
        admin.execute("wiki.putPage", new Object[] {"Hooked", "text", Map.of()});
        long written = System.nanoTime();
        List<Delivery> deliveries = receiver.await(d -> d.size() >= 10);
        long latencyMillis = (deliveries.get(9).receivedNanos() - written) / 1_000_000;
        System.out.println("webhook delivery latency after the last write: " + latencyMillis + " ms");

        assertThat(deliveries).hasSize(10);
        assertThat(deliveries).allSatisfy(d -> assertThat(d.signature()).isEqualTo(d.expectedSignature()));
        assertThat(deliveries).extracting(d -> Integer.parseInt(d.id())).isSorted();
        assertThat(deliveries).extracting(d -> d.body().get("kind").asText()).doesNotContain("milestone.completed");
        for (int id : tickets) {
            assertThat(deliveries.stream().filter(d -> d.body().get("target").asText().equals(String.valueOf(id)))
                    .map(d -> d.body().get("kind").asText()))
                    .containsExactly("ticket.created", "ticket.commented", "ticket.commented");
        }
        assertThat(deliveries.get(9).body().get("event").get("page").asText()).isEqualTo("Hooked");
        assertThat(latencyMillis).isLessThan(5000);
    }

    @Test
    void aFailingReceiverGetsEverythingInOrderOnceItRecovers() throws Exception {
        XmlRpcClient admin = admin();
        int hook = (Integer) admin.execute("webhook.create", new Object[] {receiver.url(), SECRET, new Object[0]});
        receiver.failWith(503);
        int id = (Integer) admin.execute("ticket.create", new Object[] {"retried", "", Map.of()});
        for (int i = 0; i < 4; i++) {
            admin.execute("ticket.update", new Object[] {id, "comment " + i, Map.of()});
        }
        waitFor(() -> receiver.refusedCount() >= 2);
        Map<?, ?> state = (Map<?, ?>) admin.execute("webhook.get", new Object[] {hook});
        assertThat((Integer) state.get("lastStatus")).isEqualTo(503);
        assertThat((Integer) state.get("attempts")).isPositive();
        assertThat((Integer) state.get("pending")).isEqualTo(5);

        receiver.failWith(0);
        List<Delivery> deliveries = receiver.await(d -> d.size() >= 5);
        assertThat(deliveries).extracting(d -> d.body().get("text").asText())
                .containsExactly("", "comment 0", "comment 1", "comment 2", "comment 3");
        waitFor(() -> ((Integer) ((Map<?, ?>) admin().execute("webhook.get", new Object[] {hook})).get("pending")) == 0);

        admin.execute("webhook.redeliver", new Object[] {hook, deliveries.get(3).id()});
        assertThat(receiver.await(d -> d.size() >= 7).subList(5, 7)).extracting(Delivery::id)
                .containsExactly(deliveries.get(3).id(), deliveries.get(4).id());
    }

    @Test
    void aRestartInTheMiddleLosesNoEvent() throws Exception {
        admin().execute("webhook.create", new Object[] {receiver.url(), SECRET, new Object[] {"ticket"}});
        receiver.failWith(500);
        int id = (Integer) admin().execute("ticket.create", new Object[] {"before restart", "", Map.of()});
        admin().execute("ticket.update", new Object[] {id, "also before", Map.of()});
        waitFor(() -> receiver.refusedCount() >= 1);
        server = server.restart(ALLOW_LOOPBACK);
        receiver.failWith(0);
        admin().execute("ticket.update", new Object[] {id, "after restart", Map.of()});
        assertThat(receiver.await(d -> d.size() >= 3)).extracting(d -> d.body().get("text").asText())
                .containsExactly("", "also before", "after restart");
    }

    @Test
    void internalAddressesNeedTheAllowList() throws Exception {
        server = server.restart(Config.defaults());
        assertThatThrownBy(() -> admin().execute("webhook.create", new Object[] {receiver.url(), SECRET,
                new Object[0]})).isInstanceOf(XmlRpcException.class)
                .hasMessageContaining("'127.0.0.1' is an internal address").hasMessageContaining("allowedHosts");
        assertThatThrownBy(() -> admin().execute("webhook.create", new Object[] {"ftp://example.org/", SECRET,
                new Object[0]})).hasMessageContaining("http or https");
        assertThatThrownBy(() -> admin().execute("webhook.create", new Object[] {"http://10.1.2.3/", SECRET,
                new Object[0]})).hasMessageContaining("internal address");
        assertThatThrownBy(() -> admin().execute("webhook.create", new Object[] {"http://example.org/", "short",
                new Object[0]})).hasMessageContaining("16 to 255 characters");
        server.addUser("dev", "dev-secret", "XML_RPC", "TICKET_ADMIN");
        XmlRpcClient dev = server.xmlRpcClient("/login/xmlrpc", "dev", "dev-secret");
        assertThatThrownBy(() -> dev.execute("webhook.list", new Object[0])).hasMessageContaining("TRAC_ADMIN");
    }

    private XmlRpcClient admin() {
        return server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
