package io.polyport.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.server.config.Config;
import io.polyport.server.testing.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP contract of the gateway: paths, dispatch by Content-Type, auth, limits, docs page. */
class GatewayHttpTest {
    private static final String LIST_METHODS_XML = "<?xml version='1.0'?>\n<methodCall>\n"
            + "<methodName>system.getAPIVersion</methodName>\n<params>\n</params>\n</methodCall>\n";
    private static final String API_VERSION_JSON = "{\"method\": \"system.getAPIVersion\", \"params\": [], \"id\": 7}";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Config.defaults().with("server", "maxBodyBytes", 64 * 1024));
        server.addUser("alice", "alice-pw", "XML_RPC");
        server.addUser("noxml", "noxml-pw");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static XmlRpcClient xmlRpcClient(String path, String user, String password) {
        return server.xmlRpcClient(path, user, password);
    }

    @Test
    void xmlRpcClientCallsEveryXmlPath() throws Exception {
        for (String path : List.of("/login/rpc", "/login/xmlrpc", "/rpc", "/xmlrpc")) {
            Object version = xmlRpcClient(path, "alice", "alice-pw").execute("system.getAPIVersion", List.of());
            assertThat(version).as(path).isEqualTo(new Object[] {1, 2, 0});
        }
    }

    @Test
    void jsonRpcOnEveryJsonPath() {
        for (String path : List.of("/login/rpc", "/login/jsonrpc", "/rpc", "/jsonrpc")) {
            HttpResponse<String> response = server.post(path, "application/json", API_VERSION_JSON, "alice", "alice-pw");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"result\": [1, 2, 0]").contains("\"id\": 7");
        }
    }

    @Test
    void dispatchIgnoresCaseAndParametersOfTheMediaType() {
        HttpResponse<String> json = server.post("/login/rpc", "Application/JSON; charset=UTF-8", API_VERSION_JSON,
                "alice", "alice-pw");
        assertThat(json.body()).contains("[1, 2, 0]");
        HttpResponse<String> xml = server.post("/login/rpc", "application/xml; charset=utf-8", LIST_METHODS_XML,
                "alice", "alice-pw");
        assertThat(xml.body()).contains("<int>1</int>").contains("<int>2</int>");
    }

    @Test
    void loginPathsDemandCredentials() {
        HttpResponse<String> none = server.post("/login/xmlrpc", "text/xml", LIST_METHODS_XML, null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"polyport\"");
        HttpResponse<String> wrong = server.post("/login/xmlrpc", "text/xml", LIST_METHODS_XML, "alice", "nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = server.post("/login/rpc", "application/json", API_VERSION_JSON, "ghost", "x");
        assertThat(unknown.statusCode()).isEqualTo(401);
    }

    @Test
    void wrongCredentialsAreRefusedOnAnonymousPathsToo() {
        assertThat(server.post("/rpc", "text/xml", LIST_METHODS_XML, "alice", "nope").statusCode()).isEqualTo(401);
    }

    @Test
    void callersWithoutXmlRpcGetAPermissionFault() throws Exception {
        assertThatThrownBy(() -> xmlRpcClient("/login/rpc", "noxml", "noxml-pw").execute("system.getAPIVersion",
                List.of()))
                .isInstanceOf(XmlRpcException.class)
                .satisfies(e -> assertThat(((XmlRpcException) e).code).isEqualTo(403))
                .hasMessage("XML_RPC privileges are required to perform this operation. "
                        + "You don't have the required permissions.");
        HttpResponse<String> json = server.post("/rpc", "application/json", API_VERSION_JSON, null, null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"code\": 403").contains("\"id\": 7");
    }

    @Test
    void anonymousMayCallAfterBeingGrantedXmlRpc() throws Exception {
        XmlRpcClient anonymous = xmlRpcClient("/rpc", null, null);
        assertThatThrownBy(() -> anonymous.execute("system.getAPIVersion", List.of()))
                .isInstanceOf(XmlRpcException.class);
        server.grant("anonymous", "XML_RPC");
        try {
            assertThat(anonymous.execute("system.getAPIVersion", List.of())).isEqualTo(new Object[] {1, 2, 0});
        } finally {
            server.revoke("anonymous", "XML_RPC");
        }
        assertThatThrownBy(() -> anonymous.execute("system.getAPIVersion", List.of()))
                .isInstanceOf(XmlRpcException.class);
    }

    @Test
    void unknownContentTypeIs415WithAOneLineMessage() {
        HttpResponse<String> response = server.post("/rpc", "text/plain", "hello", null, null);
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).isEqualTo("No protocol matching Content-Type 'text/plain' at path '/rpc'.");
        assertThat(server.post("/xmlrpc", "application/json", API_VERSION_JSON, null, null).statusCode())
                .isEqualTo(415);
        assertThat(server.post("/jsonrpc", "text/xml", LIST_METHODS_XML, null, null).statusCode()).isEqualTo(415);
    }

    @Test
    void requestWithoutContentTypeIs415() {
        HttpResponse<String> response = server.post("/login/rpc", null, API_VERSION_JSON, "alice", "alice-pw");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).isEqualTo("No protocol matching Content-Type '' at path '/login/rpc'.");
    }

    @Test
    void bodiesOverTheLimitAre413() {
        String big = "{\"method\": \"system.getAPIVersion\", \"params\": [\"" + "x".repeat(70 * 1024) + "\"]}";
        assertThat(server.post("/login/rpc", "application/json", big, "alice", "alice-pw").statusCode())
                .isEqualTo(413);
        HttpRequest chunked = HttpRequest.newBuilder(server.uri("/login/rpc"))
                .header("Content-Type", "application/json")
                .header("Authorization", TestServer.basic("alice", "alice-pw"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        assertThat(server.send(chunked).statusCode()).isEqualTo(413);
    }

    @Test
    void browserGetsTheDocsPageListingWhatTheCallerMayCall() {
        HttpResponse<String> page = server.send(HttpRequest.newBuilder(server.uri("/login/rpc"))
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Authorization", TestServer.basic("alice", "alice-pw")).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("system.listMethods").contains("<h3 id=\"XML-RPC\">")
                .contains("<h3 id=\"JSON-RPC\">");
        HttpResponse<String> anonymous = server.send(HttpRequest.newBuilder(server.uri("/rpc"))
                .header("Accept", "text/html").GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(anonymous.body()).contains("XML_RPC privileges are required");
    }

    @Test
    void unknownPathIs404() {
        assertThat(server.post("/nope", "text/xml", LIST_METHODS_XML, null, null).statusCode()).isEqualTo(404);
    }
}
