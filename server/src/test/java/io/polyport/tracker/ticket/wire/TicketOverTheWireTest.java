package io.polyport.tracker.ticket.wire;

import io.polyport.server.testing.TestServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ticket API through the real HTTP server and real clients, the same scenarios over each protocol: every
 * {@code ticket.*} method at least once, faults with their protocol codes, binary and date-time values.
 */
class TicketOverTheWireTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.addUser("user", TestServer.ADMIN_PASSWORD, "XML_RPC"); // the wire clients use one password for all users
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<WireClient> protocols() {
        return Stream.of(new XmlRpcWireClient(server), new JsonRpcWireClient(server));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    @SuppressWarnings("unchecked")
    void ticketLifecycle(WireClient rpc) {
        int id = (Integer) rpc.call("user", "ticket.create", "Over " + rpc.name(), "line1\nline2",
                Map.of("component", "component1", "keywords", "wire"));
        List<Object> ticket = rpc.list("user", "ticket.get", id);
        assertThat(ticket.get(0)).isEqualTo(id);
        assertThat(ticket.get(1)).isInstanceOf(Instant.class);
        Map<String, Object> attrs = (Map<String, Object>) ticket.get(3);
        assertThat(attrs).containsEntry("description", "line1\nline2").containsEntry("reporter", "user")
                .containsEntry("owner", "somebody").containsEntry("status", "new");
        String ts = (String) attrs.get("_ts");

        Map<String, Object> change = new HashMap<>(Map.of("_ts", ts, "action", "resolve",
                "action_resolve_resolve_resolution", "invalid"));
        List<Object> updated = rpc.list("user", "ticket.update", id, "closing", change);
        assertThat((Map<String, Object>) updated.get(3)).containsEntry("status", "closed")
                .containsEntry("resolution", "invalid");

        assertThatThrownBy(() -> rpc.call("user", "ticket.update", id, "stale", Map.of("_ts", ts)))
                .isInstanceOfSatisfying(WireClient.Fault.class, f -> assertThat(f.code).isEqualTo(409))
                .hasMessageContaining("Ticket has been updated since last get()");

        List<Object> log = rpc.list("user", "ticket.changeLog", id);
        assertThat(log).extracting(row -> ((List<Object>) row).get(2)).containsExactly("status", "resolution",
                "comment");
        assertThat(((List<Object>) log.get(0)).get(0)).isInstanceOf(Instant.class);

        assertThat(rpc.list("user", "ticket.query", "keywords=wire&status=closed&reporter=user")).contains(id);
        assertThat(rpc.list("user", "ticket.getRecentChanges", Instant.now().minusSeconds(600))).contains(id);
        assertThat(rpc.list("user", "ticket.getAvailableActions", id)).containsExactly("leave", "reopen");
        assertThat(rpc.list("user", "ticket.getActions", id)).hasSize(2);

        assertThatThrownBy(() -> rpc.call("user", "ticket.delete", id))
                .isInstanceOfSatisfying(WireClient.Fault.class, f -> assertThat(f.code).isEqualTo(403))
                .hasMessageContaining("TICKET_ADMIN privileges are required");
        assertThat(rpc.call("admin", "ticket.delete", id)).isEqualTo(0);
        assertThatThrownBy(() -> rpc.call("admin", "ticket.get", id))
                .isInstanceOfSatisfying(WireClient.Fault.class, f -> assertThat(f.code).isEqualTo(404))
                .hasMessage("Ticket " + id + " does not exist.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    @SuppressWarnings("unchecked")
    void attachmentsOfEveryByteAndFourMebibytes(WireClient rpc) {
        int id = (Integer) rpc.call("admin", "ticket.create", "files", "");
        byte[] every = new byte[256];
        for (int i = 0; i < 256; i++) {
            every[i] = (byte) i;
        }
        byte[] large = new byte[4 * 1024 * 1024];
        new Random(7).nextBytes(large);
        assertThat(rpc.call("admin", "ticket.putAttachment", id, "every.bin", "all bytes", every))
                .isEqualTo("every.bin");
        assertThat(rpc.call("admin", "ticket.putAttachment", id, "every.bin", "again", every, false))
                .isEqualTo("every.2.bin");
        assertThat(rpc.call("admin", "ticket.putAttachment", id, "large.dat", "", large)).isEqualTo("large.dat");
        assertThat((byte[]) rpc.call("user", "ticket.getAttachment", id, "every.bin")).isEqualTo(every);
        assertThat((byte[]) rpc.call("user", "ticket.getAttachment", id, "large.dat")).isEqualTo(large);
        List<Object> listed = rpc.list("user", "ticket.listAttachments", id);
        assertThat(listed).extracting(row -> ((List<Object>) row).subList(0, 3)).containsExactly(
                List.of("every.2.bin", "again", 256), List.of("every.bin", "all bytes", 256),
                List.of("large.dat", "", large.length));
        assertThat(rpc.call("admin", "ticket.deleteAttachment", id, "every.2.bin")).isEqualTo(true);
        assertThatThrownBy(() -> rpc.call("user", "ticket.getAttachment", id, "every.2.bin"))
                .isInstanceOfSatisfying(WireClient.Fault.class, f -> assertThat(f.code).isEqualTo(404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    @SuppressWarnings("unchecked")
    void administrationObjectsAndFields(WireClient rpc) {
        String suffix = rpc.name().substring(0, 1);
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String milestone = "wire-" + suffix;
        rpc.call("admin", "ticket.milestone.create", milestone, Map.of("due", due, "description", "d"));
        assertThat(rpc.call("user", "ticket.milestone.get", milestone))
                .isEqualTo(Map.of("name", milestone, "due", due, "completed", 0, "description", "d"));
        rpc.call("admin", "ticket.milestone.update", milestone, Map.of("description", "e"));
        assertThat(rpc.list("user", "ticket.milestone.getAll")).contains(milestone);
        rpc.call("admin", "ticket.milestone.delete", milestone);

        String component = "comp-" + suffix;
        rpc.call("admin", "ticket.component.create", component, Map.of("owner", "alice"));
        rpc.call("admin", "ticket.component.update", component, Map.of("description", "parts"));
        assertThat(rpc.call("user", "ticket.component.get", component))
                .isEqualTo(Map.of("name", component, "owner", "alice", "description", "parts"));
        assertThat(rpc.list("user", "ticket.component.getAll")).contains(component);
        rpc.call("admin", "ticket.component.delete", component);
        assertThatThrownBy(() -> rpc.call("user", "ticket.component.delete", "component1"))
                .isInstanceOfSatisfying(WireClient.Fault.class, f -> assertThat(f.code).isEqualTo(403));

        String version = "9." + suffix;
        rpc.call("admin", "ticket.version.create", version, Map.of("time", due, "description", "v"));
        rpc.call("admin", "ticket.version.update", version, Map.of("description", "w"));
        assertThat(rpc.call("user", "ticket.version.get", version))
                .isEqualTo(Map.of("name", version, "time", due, "description", "w"));
        assertThat(rpc.list("user", "ticket.version.getAll")).contains(version);
        rpc.call("admin", "ticket.version.delete", version);

        for (String namespace : List.of("type", "priority", "severity", "resolution")) {
            String name = "x-" + suffix;
            rpc.call("admin", "ticket." + namespace + ".create", name, "");
            rpc.call("admin", "ticket." + namespace + ".update", name, "42");
            assertThat(rpc.call("user", "ticket." + namespace + ".get", name)).isEqualTo("42");
            assertThat(rpc.list("user", "ticket." + namespace + ".getAll")).endsWith(name);
            rpc.call("admin", "ticket." + namespace + ".delete", name);
        }
        assertThat(rpc.call("user", "ticket.priority.get", "major")).isEqualTo("3");
        assertThatThrownBy(() -> rpc.call("user", "ticket.priority.get", "nope"))
                .isInstanceOfSatisfying(WireClient.Fault.class, f -> assertThat(f.code).isEqualTo(404))
                .hasMessage("Priority nope does not exist.");

        assertThat(rpc.list("user", "ticket.status.getAll"))
                .containsExactly("accepted", "assigned", "closed", "new", "reopened");
        assertThat(rpc.call("user", "ticket.status.get", "closed")).isEqualTo("0");
        for (String refused : List.of("create", "update")) {
            assertThatThrownBy(() -> rpc.call("admin", "ticket.status." + refused, "x", Map.of()))
                    .isInstanceOf(WireClient.Fault.class).hasMessageContaining("workflow");
        }
        assertThatThrownBy(() -> rpc.call("admin", "ticket.status.delete", "new"))
                .isInstanceOf(WireClient.Fault.class);

        List<Object> fields = rpc.list("user", "ticket.getTicketFields");
        assertThat(fields).extracting(f -> ((Map<String, Object>) f).get("name")).startsWith("summary", "reporter");
    }
}
