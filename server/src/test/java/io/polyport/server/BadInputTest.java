package io.polyport.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input through the real server: each request gets a protocol-correct error (an XML-RPC fault, a JSON-RPC
 * error object, or the right HTTP status), never a stack trace, and the stored tickets stay exactly as they were.
 */
class BadInputTest {
    private static final String ADMIN = "admin";
    private static TestServer server;
    private static String ticketBefore;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        server.addUser("viewer", "viewer-pw", "XML_RPC");
        json("{\"method\": \"ticket.create\", \"params\": [\"Keep me\", \"as I am\", {\"owner\": \"admin\"}], \"id\": 1}");
        ticketBefore = snapshot();
    }

    @AfterAll
    static void stop() {
        assertThat(snapshot()).as("stored tickets after all bad input").isEqualTo(ticketBefore);
        server.close();
    }

    private static HttpResponse<String> json(String body) {
        return server.post("/login/jsonrpc", "application/json", body, ADMIN, TestServer.ADMIN_PASSWORD);
    }

    private static HttpResponse<String> xml(String body) {
        return server.post("/login/xmlrpc", "text/xml", body, ADMIN, TestServer.ADMIN_PASSWORD);
    }

    private static String snapshot() {
        return json("{\"method\": \"ticket.get\", \"params\": [1], \"id\": 1}").body()
                + json("{\"method\": \"ticket.query\", \"params\": [\"max=0\"], \"id\": 2}").body();
    }

    private static void assertFault(HttpResponse<String> response, int code) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<name>faultCode</name>\n<value><int>" + code + "</int></value>")
                .doesNotContain("at io.polyport").doesNotContain("Exception");
    }

    private static void assertJsonError(HttpResponse<String> response, int code) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\": \"JSONRPCError\"").contains("\"code\": " + code)
                .doesNotContain("at io.polyport").doesNotContain("Exception");
    }

    @Test
    void malformedXmlIsAParseFault() {
        assertFault(xml("<?xml version='1.0'?><methodCall><methodName>ticket.delete</methodName><params>"), -32700);
    }

    @Test
    void externalEntitiesAreRefused() {
        assertFault(xml("<?xml version='1.0'?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<methodCall><methodName>ticket.update</methodName><params><param><value><int>1</int></value>"
                + "</param><param><value><string>&x;</string></value></param></params></methodCall>"), -32700);
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        assertFault(xml("<?xml version='1.0'?>" + dtd + "]><methodCall><methodName>ticket.create</methodName>"
                + "<params><param><value><string>&lol9;</string></value></param></params></methodCall>"), -32700);
    }

    @Test
    void javaSerializationExtensionIsRefused() {
        assertFault(xml("<?xml version='1.0'?><methodCall xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">"
                + "<methodName>ticket.get</methodName><params><param><value><ex:serializable>rO0ABXNyABFqYXZhLnV0aWwu"
                + "SGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAB3CAAAABAAAAAAeA=="
                + "</ex:serializable></value></param></params></methodCall>"), -32700);
    }

    @Test
    void malformedJsonIsAParseError() {
        HttpResponse<String> response = json("{\"method\": \"ticket.delete\", \"params\": [1");
        assertJsonError(response, -32700);
        assertThat(response.body()).contains("\"id\": null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"method\": \"ticket.get\", \"params\": [\"abc\"], \"id\": 1}|-32602",
        "{\"method\": \"ticket.update\", \"params\": [{\"a\": 1}, \"c\"], \"id\": 1}|-32602",
        "{\"method\": \"ticket.no_such\", \"params\": [], \"id\": 1}|-32601",
        "{\"method\": \"ticket.update\", \"params\": [1, \"c\", {\"_ts\": \"1\", \"action\": \"leave\"}], \"id\": 1}|409",
        "{\"method\": \"ticket.create\", \"params\": [\"\", \"no summary\"], \"id\": 1}|-32603",
    })
    void wrongCallsAreErrorObjects(String body, int code) {
        assertJsonError(json(body), code);
    }

    @Test
    void wrongParameterTypeOverXmlRpcIsAFault() {
        assertFault(xml("<?xml version='1.0'?><methodCall><methodName>ticket.get</methodName><params><param>"
                + "<value><struct><member><name>a</name><value><int>1</int></value></member></struct></value>"
                + "</param></params></methodCall>"), -32602);
    }

    @Test
    void missingPermissionIs403AndChangesNothing() {
        HttpResponse<String> response = server.post("/login/jsonrpc", "application/json",
                "{\"method\": \"ticket.delete\", \"params\": [1], \"id\": 9}", "viewer", "viewer-pw");
        assertJsonError(response, 403);
        assertThat(response.body()).contains("TICKET_ADMIN privileges are required");
    }

    @Test
    void bodyOverTheLimitIs413() {
        String huge = "{\"method\": \"ticket.create\", \"params\": [\"" + "x".repeat(11 * 1024 * 1024) + "\", \"d\"]}";
        assertThat(json(huge).statusCode()).isEqualTo(413);
    }

    @Test
    void noContentTypeIs415() {
        HttpResponse<String> response = server.post("/login/rpc", null,
                "{\"method\": \"ticket.delete\", \"params\": [1]}", ADMIN, TestServer.ADMIN_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(415);
    }
}
