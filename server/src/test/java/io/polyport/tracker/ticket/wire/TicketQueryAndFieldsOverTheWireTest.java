package io.polyport.tracker.ticket.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query language, custom fields and the all-or-nothing rule through the real server over each protocol,
 * with a custom field declared in the server's configuration.
 */
class TicketQueryAndFieldsOverTheWireTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Config.parse("""
                ticket:
                  custom:
                    - name: platform
                      type: select
                      options: [linux, mac, windows]
                      value: linux
                    - name: estimate
                """));
        server.addUser("user", TestServer.ADMIN_PASSWORD, "XML_RPC");
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
    void queryOperatorsPagingAndOrdering(WireClient rpc) {
        String tag = "tag" + rpc.name().charAt(0);
        int a = create(rpc, "Alpha crash", Map.of("keywords", tag, "priority", "minor", "owner", "A",
                "platform", "mac"));
        int b = create(rpc, "Beta & hang", Map.of("keywords", tag, "priority", "blocker", "owner", "B"));
        int c = create(rpc, "alphabet|soup", Map.of("keywords", tag, "priority", "major", "owner", "A",
                "estimate", "12"));
        String scope = "keywords=" + tag + "&";
        Map<String, List<Integer>> expected = new java.util.LinkedHashMap<>();
        expected.put(scope + "order=priority", List.of(b, c, a));
        expected.put(scope + "owner=A&order=id", List.of(a, c));
        expected.put(scope + "owner!=A", List.of(b));
        expected.put(scope + "owner=A|B&order=id&desc=1", List.of(c, b, a));
        expected.put(scope + "summary~=alpha&order=id", List.of(a, c));
        expected.put(scope + "summary!~=alpha", List.of(b));
        expected.put(scope + "summary^=Beta", List.of(b));
        expected.put(scope + "summary!^=beta&order=id", List.of(a, c));
        expected.put(scope + "summary$=soup", List.of(c));
        expected.put(scope + "summary!$=soup&order=id", List.of(a, b));
        expected.put(scope + "summary=Beta \\& hang", List.of(b));
        expected.put(scope + "summary=alphabet\\|soup", List.of(c));
        expected.put(scope + "id=" + a + "," + c + "&order=id", List.of(a, c));
        expected.put(scope + "id=" + a + "-" + b + "&order=id", List.of(a, b));
        expected.put(scope + "time=2000-01-01..&order=id", List.of(a, b, c));
        expected.put(scope + "milestone=&order=id", List.of(a, b, c));
        expected.put(scope + "group=owner&groupdesc=1&order=priority", List.of(b, c, a));
        expected.put(scope + "platform=mac", List.of(a));
        expected.put(scope + "platform=linux&order=id", List.of(b, c));
        expected.put(scope + "estimate=12", List.of(c));
        expected.put(scope + "max=2&order=id", List.of(a, b));
        expected.put(scope + "max=2&page=2&order=id", List.of(c));
        expected.put(scope + "max=5&page=2&order=id", List.of(a, b, c));
        expected.forEach((query, ids) -> assertThat(rpc.list("user", "ticket.query", query)).as(query)
                .isEqualTo(List.copyOf(ids)));
        assertThatThrownBy(() -> rpc.call("user", "ticket.query", scope + "max=1&page=9"))
                .isInstanceOf(WireClient.Fault.class)
                .hasMessageContaining("Page 9 is beyond the number of pages in the query");
        assertThatThrownBy(() -> rpc.call("user", "ticket.query", "max=abc"))
                .isInstanceOf(WireClient.Fault.class).hasMessageContaining("Query max abc is invalid.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    @SuppressWarnings("unchecked")
    void customFieldsEndToEndAndAllOrNothing(WireClient rpc) {
        String summary = "custom over " + rpc.name();
        int id = create(rpc, summary, Map.of("platform", "windows", "estimate", "3"));
        Map<String, Object> attrs = (Map<String, Object>) rpc.list("user", "ticket.get", id).get(3);
        assertThat(attrs).containsEntry("platform", "windows").containsEntry("estimate", "3");

        Map<String, Object> bad = new HashMap<>(Map.of("estimate", "4", "platform", "amiga",
                "_ts", attrs.get("_ts")));
        assertThatThrownBy(() -> rpc.call("user", "ticket.update", id, "bad", bad))
                .isInstanceOf(WireClient.Fault.class).hasMessageContaining("platform");
        assertThat(rpc.list("user", "ticket.changeLog", id)).isEmpty();

        rpc.call("user", "ticket.update", id, "good", Map.of("estimate", "4", "_ts", attrs.get("_ts")));
        assertThat(rpc.list("user", "ticket.changeLog", id)).extracting(row -> ((List<Object>) row).subList(2, 5))
                .containsExactly(List.of("estimate", "3", "4"), List.of("comment", "1", "good"));
        List<Object> fields = rpc.list("user", "ticket.getTicketFields");
        assertThat(fields).extracting(f -> ((Map<String, Object>) f).get("name")).endsWith("estimate", "platform");
        assertThat(rpc.list("user", "ticket.query", "platform=windows&estimate=4&summary=" + summary)).containsExactly(id);
    }

    private static int create(WireClient rpc, String summary, Map<String, Object> attributes) {
        return (Integer) rpc.call("user", "ticket.create", summary, "", attributes);
    }
}
