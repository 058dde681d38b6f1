package io.polyport.server.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.server.testing.RpcCalls;
import io.polyport.server.testing.TestDatabases;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Date;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code user.*} over a real server: administration over XML-RPC, JSON-RPC and REST, the invitation flow, disabled
 * users refused, and every user's own profile, password and tokens.
 */
@SuppressWarnings("unchecked")
class UserServiceTest {
    private TestServer server;
    private XmlRpcClient admin;

    @BeforeEach
    void start() {
        server = TestServer.start();
        admin = server.xmlRpcClient("/login/xmlrpc", "admin", TestServer.ADMIN_PASSWORD);
        server.grant("authenticated", "XML_RPC");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void administrationOverXmlRpcWithoutEverShowingSecrets() throws Exception {
        Map<String, Object> created = (Map<String, Object>) admin.execute("user.create", new Object[] {"alice",
                Map.of("password", "alice-pw", "fullName", "Alice Liddell", "email", "alice@example.org")});
        assertThat(created).containsOnlyKeys("name").containsEntry("name", "alice");
        Map<String, Object> alice = struct(admin, "user.get", "alice");
        assertThat(alice).containsEntry("fullName", "Alice Liddell").containsEntry("email", "alice@example.org")
                .containsEntry("disabled", false).containsEntry("invited", false).containsKey("created")
                .containsOnlyKeys("name", "fullName", "email", "disabled", "invited", "created");
        assertThat((Object[]) admin.execute("user.list", new Object[0]))
                .extracting(u -> ((Map<String, Object>) u).get("name")).containsExactly("admin", "alice");

        admin.execute("user.setProfile", new Object[] {"alice", Map.of("email", "")});
        assertThat(struct(admin, "user.get", "alice"))
                .containsEntry("fullName", "Alice Liddell").containsEntry("email", "");
        assertThatThrownBy(() -> admin.execute("user.setProfile", new Object[] {"alice", Map.of("email", "nope")}))
                .hasMessageContaining("'nope' is not an e-mail address");
        assertThatThrownBy(() -> admin.execute("user.create", new Object[] {"alice", Map.of("password", "x")}))
                .hasMessageContaining("user 'alice' already exists");
        assertThatThrownBy(() -> admin.execute("user.create", new Object[] {"bob", Map.of("passwd", "x")}))
                .hasMessageContaining("unknown attribute 'passwd'");
        assertThatThrownBy(() -> admin.execute("user.create", new Object[] {"bob", Map.of()}))
                .hasMessageContaining("a password is required");
        assertThatThrownBy(() -> admin.execute("user.delete", new Object[] {"admin"}))
                .hasMessageContaining("you cannot delete your own account");

        admin.execute("user.delete", new Object[] {"alice"});
        assertThatThrownBy(() -> admin.execute("user.get", new Object[] {"alice"}))
                .isInstanceOf(XmlRpcException.class).hasMessageContaining("no user 'alice'");
    }

    @Test
    void theSameOverJsonRpcAndRestAndDeniedWithoutTracAdmin() {
        RpcCalls json = new RpcCalls(server, "admin", TestServer.ADMIN_PASSWORD);
        assertThat(json.jsonRpc("user.create", "carol", Map.of("password", "carol-pw")).get("result").get("name")
                .asText()).isEqualTo("carol");
        assertThat(json.jsonRpc("user.get", "carol").get("result").get("name").asText()).isEqualTo("carol");

        HttpResponse<String> created = json.rest("POST", "/users", Map.of("name", "dave", "password", "dave-pw",
                "fullName", "Dave"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/users/dave"));
        assertThat(RpcCalls.json(created).get("fullName").asText()).isEqualTo("Dave");
        HttpResponse<String> invited = json.rest("POST", "/rpc/user.invite", Map.of("name", "erin"));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        assertThat(RpcCalls.json(invited).get("invitation").asText()).startsWith("inv_");
        HttpResponse<String> list = json.rest("GET", "/users", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"carol\"", "\"dave\"", "\"erin\"")
                .doesNotContain("password", "argon2", "inv_");
        assertThat(json.rest("PUT", "/users/dave/profile", Map.of("email", "dave@example.org")).statusCode())
                .isIn(200, 204);
        assertThat(RpcCalls.json(json.rest("GET", "/users/dave", null)).get("email").asText())
                .isEqualTo("dave@example.org");
        assertThat(json.rest("PUT", "/users/dave/disable", null).statusCode()).isIn(200, 204);
        assertThat(RpcCalls.json(json.rest("GET", "/users/dave", null)).get("disabled").asBoolean()).isTrue();
        String etag = json.rest("GET", "/users/dave", null).headers().firstValue("ETag").orElseThrow();
        assertThat(json.rest("DELETE", "/users/dave", null, "If-Match", etag).statusCode()).isIn(200, 204);
        assertThat(json.rest("GET", "/users/dave", null).statusCode()).isEqualTo(404);

        RpcCalls carol = new RpcCalls(server, "carol", "carol-pw");
        JsonNode denied = carol.jsonRpc("user.list");
        assertThat(denied.get("error").get("code").asInt()).isEqualTo(403);
        assertThat(denied.get("error").get("message").asText()).contains("TRAC_ADMIN");
        assertThat(carol.rest("POST", "/users", Map.of("name", "eve", "password", "x")).statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> server.xmlRpcClient("/login/xmlrpc", "carol", "carol-pw")
                .execute("user.disable", new Object[] {"admin"})).hasMessageContaining("TRAC_ADMIN");
    }

    @Test
    void anInvitationIsRedeemedOnceAnonymouslyAndExpires() throws Exception {
        Map<String, Object> invited = struct(admin, "user.invite", "frank", Map.of("fullName", "F"));
        String token = (String) invited.get("invitation");
        assertThat((Date) invited.get("expires")).isAfter(new Date(System.currentTimeMillis() + 6L * 24 * 3600 * 1000));
        assertThat(struct(admin, "user.get", "frank")).containsEntry("invited", true);
        assertThat(server.send(basicGet("frank", "")).statusCode()).isEqualTo(401);

        server.grant("anonymous", "XML_RPC");
        XmlRpcClient anonymous = server.xmlRpcClient("/xmlrpc", null, null);
        assertThatThrownBy(() -> anonymous.execute("user.acceptInvitation", new Object[] {"inv_wrong", "pw"}))
                .hasMessageContaining("no such invitation");
        assertThat(anonymous.execute("user.acceptInvitation", new Object[] {token, "frank-pw"})).isEqualTo("frank");
        assertThatThrownBy(() -> anonymous.execute("user.acceptInvitation", new Object[] {token, "other"}))
                .hasMessageContaining("no such invitation");
        XmlRpcClient frank = server.xmlRpcClient("/login/xmlrpc", "frank", "frank-pw");
        assertThat(struct(frank, "user.getProfile")).containsEntry("name", "frank")
                .containsEntry("fullName", "F");
        assertThat(struct(admin, "user.get", "frank")).containsEntry("invited", false);

        Map<String, Object> late = struct(admin, "user.invite", "grace");
        expireInvitations(server.data());
        assertThatThrownBy(() -> anonymous.execute("user.acceptInvitation",
                new Object[] {late.get("invitation"), "grace-pw"})).hasMessageContaining("expired");
    }

    @Test
    void aDisabledUserIsRefusedWithPasswordAndTokenWithinASecond() throws Exception {
        admin.execute("user.create", new Object[] {"henry", Map.of("password", "henry-pw")});
        String token = server.cli("token", "create", "henry").lines().filter(l -> l.startsWith("pp_")).findFirst()
                .orElseThrow();
        XmlRpcClient henry = server.xmlRpcClient("/login/xmlrpc", "henry", "henry-pw");
        assertThat(henry.execute("user.getProfile", new Object[0])).isNotNull();
        assertThat(server.send(bearerGet(token)).statusCode()).isEqualTo(200);

        admin.execute("user.disable", new Object[] {"henry"});
        Thread.sleep(1_100);
        assertThatThrownBy(() -> henry.execute("user.getProfile", new Object[0])).hasMessageContaining("Unauthorized");
        assertThat(server.send(bearerGet(token)).statusCode()).isEqualTo(401);

        admin.execute("user.enable", new Object[] {"henry"});
        Thread.sleep(1_100);
        assertThat(henry.execute("user.getProfile", new Object[0])).isNotNull();
        assertThat(server.send(bearerGet(token)).statusCode()).isEqualTo(200);
    }

    @Test
    void everyUserManagesTheirOwnPasswordAndTokensOnly() throws Exception {
        admin.execute("user.create", new Object[] {"ivy", Map.of("password", "ivy-pw")});
        server.cli("token", "create", "ivy", "--label", "laptop");
        server.cli("token", "create", "admin", "--label", "admin's");
        XmlRpcClient ivy = server.xmlRpcClient("/login/xmlrpc", "ivy", "ivy-pw");

        Map<String, Object> profile = struct(ivy, "user.getProfile");
        assertThat((Object[]) profile.get("permissions")).contains("XML_RPC", "TICKET_CREATE");
        Object[] tokens = (Object[]) ivy.execute("user.listTokens", new Object[0]);
        assertThat(tokens).hasSize(1);
        Map<String, Object> laptop = (Map<String, Object>) tokens[0];
        assertThat(laptop).containsEntry("label", "laptop").containsOnlyKeys("id", "user", "label", "created");
        Object[] adminTokens = (Object[]) admin.execute("user.listTokens", new Object[0]);
        String adminTokenId = (String) ((Map<String, Object>) adminTokens[0]).get("id");
        assertThatThrownBy(() -> ivy.execute("user.revokeToken", new Object[] {adminTokenId}))
                .hasMessageContaining("you have no token with id");
        assertThat((Object[]) admin.execute("user.listTokens", new Object[0])).hasSize(1);
        ivy.execute("user.revokeToken", new Object[] {laptop.get("id")});
        assertThat((Object[]) ivy.execute("user.listTokens", new Object[0])).isEmpty();

        assertThatThrownBy(() -> ivy.execute("user.changePassword", new Object[] {"wrong", "new-pw"}))
                .hasMessageContaining("the current password is wrong");
        ivy.execute("user.changePassword", new Object[] {"ivy-pw", "new-pw"});
        Thread.sleep(1_100); // a changed password applies within a second, as grants do
        assertThatThrownBy(() -> ivy.execute("user.getProfile", new Object[0])).hasMessageContaining("Unauthorized");
        XmlRpcClient renewed = server.xmlRpcClient("/login/xmlrpc", "ivy", "new-pw");
        assertThat(struct(renewed, "user.getProfile")).containsEntry("name", "ivy");

        server.grant("anonymous", "XML_RPC");
        JsonNode anonymous = new RpcCalls(server, null, null).jsonRpc("user.getProfile");
        assertThat(anonymous.get("error").get("message").asText()).isEqualTo("log in to use your own account");
    }

    private HttpRequest basicGet(String user, String password) {
        return HttpRequest.newBuilder(server.uri("/login/rest/rpc/user.getProfile"))
                .header("Authorization", TestServer.basic(user, password)).GET().build();
    }

    private HttpRequest bearerGet(String token) {
        return HttpRequest.newBuilder(server.uri("/login/rest/rpc/user.getProfile"))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    /** Moves every pending invitation's expiry into the past, as if a week had gone by. */
    private static void expireInvitations(Path data) throws Exception {
        try (Connection db = TestDatabases.connect(data);
             PreparedStatement update = db.prepareStatement(
                     "UPDATE users SET invitation_expires = 1 WHERE invitation_hash IS NOT NULL")) {
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static Map<String, Object> struct(XmlRpcClient client, String method, Object... params)
            throws XmlRpcException {
        return (Map<String, Object>) client.execute(method, params);
    }
}
