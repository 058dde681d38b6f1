package io.polyport.server.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.server.testing.RpcCalls;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code permission.*} over a real server: listing, granting and revoking over XML-RPC, JSON-RPC and REST, Trac's
 * rule that a caller grants only what they hold, unknown actions, group membership, and changes reaching the
 * affected callers within a second.
 */
@SuppressWarnings("unchecked")
class PermissionServiceTest {
    private static TestServer server;
    private static XmlRpcClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
        server.addUser("granter", "granter-pw", "XML_RPC", "PERMISSION_GRANT", "WIKI_ADMIN");
        server.addUser("revoker", "revoker-pw", "XML_RPC", "PERMISSION_REVOKE", "WIKI_VIEW");
        server.addUser("plain", "plain-pw", "XML_RPC");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void actionsAreListedWithWhoDeclaredThem() throws Exception {
        Object[] actions = (Object[]) admin.execute("permission.listActions", new Object[0]);
        Map<String, Object> grant = find(actions, "PERMISSION_GRANT");
        assertThat(grant).containsEntry("declaredBy", "core").containsKeys("doc", "implies");
        assertThat(find(actions, "ROADMAP_VIEW")).containsEntry("declaredBy", "tracker");
        assertThat((Object[]) find(actions, "TICKET_MODIFY").get("implies"))
                .containsExactly("TICKET_APPEND", "TICKET_CHGPROP");
    }

    @Test
    void grantAndRevokeOverXmlRpcReachTheCallerWithinASecond() throws Exception {
        server.addUser("kim", "kim-pw", "XML_RPC");
        XmlRpcClient kim = server.xmlRpcClient("/login/xmlrpc", "kim", "kim-pw");
        server.revoke("anonymous", "SEARCH_VIEW");
        assertThatThrownBy(() -> kim.execute("search.getSearchFilters", new Object[0]))
                .hasMessageContaining("SEARCH_VIEW");

        admin.execute("permission.grant", new Object[] {"kim", "SEARCH_VIEW"});
        Thread.sleep(1_100);
        assertThat((Object[]) kim.execute("search.getSearchFilters", new Object[0])).isNotEmpty();
        Map<String, Object> grants = (Map<String, Object>) admin.execute("permission.getGrants", new Object[] {"kim"});
        assertThat((Object[]) grants.get("actions")).containsExactly("SEARCH_VIEW", "XML_RPC");
        assertThat(Arrays.asList((Object[]) admin.execute("permission.listAll", new Object[0])))
                .contains(Map.of("subject", "kim", "action", "SEARCH_VIEW"));

        admin.execute("permission.revoke", new Object[] {"kim", "SEARCH_VIEW"});
        Thread.sleep(1_100);
        assertThatThrownBy(() -> kim.execute("search.getSearchFilters", new Object[0]))
                .hasMessageContaining("SEARCH_VIEW");
        assertThatThrownBy(() -> admin.execute("permission.revoke", new Object[] {"kim", "SEARCH_VIEW"}))
                .hasMessageContaining("'kim' does not have 'SEARCH_VIEW'");
        server.grant("anonymous", "SEARCH_VIEW");
    }

    @Test
    void aCallerGrantsOnlyWhatTheyHoldAndOnlyKnownActions() throws Exception {
        XmlRpcClient granter = server.xmlRpcClient("/login/xmlrpc", "granter", "granter-pw");
        granter.execute("permission.grant", new Object[] {"plain", "WIKI_DELETE"});
        assertThatThrownBy(() -> granter.execute("permission.grant", new Object[] {"plain", "TICKET_ADMIN"}))
                .hasMessageContaining("you cannot grant TICKET_ADMIN: you do not hold it yourself");
        assertThatThrownBy(() -> granter.execute("permission.grant", new Object[] {"plain", "TRAC_ADMIN"}))
                .hasMessageContaining("you do not hold it yourself");
        assertThatThrownBy(() -> admin.execute("permission.grant", new Object[] {"plain", "WIKI_EXPLODE"}))
                .hasMessageContaining("unknown permission action 'WIKI_EXPLODE'");
        assertThatThrownBy(() -> admin.execute("permission.grant", new Object[] {"plain", "developers"}))
                .hasMessageContaining("use permission.addToGroup for groups");
        assertThatThrownBy(() -> granter.execute("permission.revoke", new Object[] {"plain", "WIKI_DELETE"}))
                .hasMessageContaining("PERMISSION_REVOKE");

        XmlRpcClient revoker = server.xmlRpcClient("/login/xmlrpc", "revoker", "revoker-pw");
        assertThatThrownBy(() -> revoker.execute("permission.revoke", new Object[] {"plain", "WIKI_DELETE"}))
                .hasMessageContaining("you cannot revoke WIKI_DELETE: you do not hold it yourself");
        assertThatThrownBy(() -> revoker.execute("permission.grant", new Object[] {"plain", "WIKI_VIEW"}))
                .hasMessageContaining("PERMISSION_GRANT");
        admin.execute("permission.revoke", new Object[] {"plain", "WIKI_DELETE"});

        XmlRpcClient plain = server.xmlRpcClient("/login/xmlrpc", "plain", "plain-pw");
        assertThatThrownBy(() -> plain.execute("permission.getGrants", new Object[] {"plain"}))
                .hasMessageContaining("PERMISSION_GRANT");
        assertThat((Object[]) plain.execute("permission.listActions", new Object[0])).isNotEmpty();
    }

    @Test
    void groupMembershipNeedsEveryActionOfTheGroup() throws Exception {
        admin.execute("permission.grant", new Object[] {"editors", "WIKI_MODIFY"});
        admin.execute("permission.grant", new Object[] {"release", "MILESTONE_ADMIN"});
        XmlRpcClient granter = server.xmlRpcClient("/login/xmlrpc", "granter", "granter-pw");
        granter.execute("permission.addToGroup", new Object[] {"plain", "editors"});
        assertThatThrownBy(() -> granter.execute("permission.addToGroup", new Object[] {"plain", "release"}))
                .hasMessageContaining("you cannot add members to group 'release': it holds MILESTONE_ADMIN");
        assertThatThrownBy(() -> admin.execute("permission.addToGroup", new Object[] {"plain", "authenticated"}))
                .hasMessageContaining("built-in group");

        Map<String, Object> plain = (Map<String, Object>) admin.execute("permission.getGrants",
                new Object[] {"plain"});
        assertThat((Object[]) plain.get("groups")).containsExactly("editors");
        assertThat((Object[]) plain.get("effective")).contains("WIKI_MODIFY", "XML_RPC");

        admin.execute("permission.removeFromGroup", new Object[] {"plain", "editors"});
        plain = (Map<String, Object>) admin.execute("permission.getGrants", new Object[] {"plain"});
        assertThat((Object[]) plain.get("groups")).isEmpty();
    }

    @Test
    void theSameOverJsonRpcAndRest() {
        RpcCalls json = new RpcCalls(server, "admin", TestServer.ADMIN_PASSWORD);
        assertThat(json.jsonRpc("permission.grant", "rest-group", "WIKI_VIEW").get("error").isNull()).isTrue();
        JsonNode grants = json.jsonRpc("permission.getGrants", "rest-group").get("result");
        assertThat(grants.get("actions").get(0).asText()).isEqualTo("WIKI_VIEW");

        HttpResponse<String> read = json.rest("GET", "/permissions/rest-group", null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(RpcCalls.json(read).get("actions").get(0).asText()).isEqualTo("WIKI_VIEW");
        HttpResponse<String> revoked = json.rest("POST", "/rpc/permission.revoke",
                Map.of("subject", "rest-group", "action", "WIKI_VIEW"));
        assertThat(revoked.statusCode()).as(revoked.body()).isIn(200, 204);
        assertThat(RpcCalls.json(json.rest("GET", "/permissions/rest-group", null)).get("actions")).isEmpty();

        RpcCalls plain = new RpcCalls(server, "plain", "plain-pw");
        assertThat(plain.jsonRpc("permission.grant", "plain", "WIKI_VIEW").get("error").get("message").asText())
                .contains("PERMISSION_GRANT");
        assertThat(plain.rest("GET", "/permissions/plain", null).statusCode()).isEqualTo(403);
        assertThat(plain.rest("POST", "/rpc/permission.grant", Map.of("subject", "plain", "action", "WIKI_VIEW"))
                .statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> find(Object[] actions, String name) {
        return Arrays.stream(actions).map(a -> (Map<String, Object>) a).filter(a -> name.equals(a.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no action " + name));
    }
}
