package io.polyport.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.core.spi.Limits;
import org.junit.jupiter.api.Test;

/** {@code system.multicall} in Trac's JSON form (full envelopes) and in the XML-RPC form (served by the core). */
class MulticallTest {
    private final Fixture fixture = new Fixture();

    @Test
    void tracFormAnswersEachCallWithAFullEnvelopeAsInCapture04b() {
        String body = "{\"method\": \"system.multicall\", \"id\": \"mc\", \"params\": ["
                + "{\"method\": \"system.getAPIVersion\", \"id\": \"a\"}, "
                + "{\"method\": \"values.echoInt\", \"params\": [1]}, "
                + "{\"method\": \"no.such.method\", \"id\": \"c\"}, "
                + "{\"method\": \"ticket.get\", \"params\": [9999], \"id\": \"d\"}]}";

        assertThat(fixture.text(body)).isEqualTo("{\"result\": ["
                + "{\"result\": null, \"id\": \"a\", \"error\": {\"name\": \"JSONRPCError\", \"code\": -32603, "
                + "\"message\": \"Missing 'params' in system.multicall item\"}}, "
                + "{\"result\": 1, \"error\": null, \"id\": \"mc\"}, "
                + "{\"result\": null, \"id\": \"c\", \"error\": {\"name\": \"JSONRPCError\", \"code\": -32601, "
                + "\"message\": \"RPC method \\\"no.such.method\\\" not found\"}}, "
                + "{\"result\": null, \"id\": \"d\", \"error\": {\"name\": \"JSONRPCError\", \"code\": 404, "
                + "\"message\": \"Ticket 9999 does not exist.\"}}], \"error\": null, \"id\": \"mc\"}\n");
    }

    @Test
    void itemsInheritTheOuterIdAsInTheTracSuite() {
        JsonNode response = fixture.json("{\"method\": \"system.multicall\", \"id\": 233, \"params\": ["
                + "{\"method\": \"system.getAPIVersion\", \"params\": [], \"id\": 1}, "
                + "{\"method\": \"values.echoString\", \"params\": [\"Welcome\"], \"id\": 2}, "
                + "{\"method\": \"ticket.get\", \"params\": [1], \"id\": 3}, "
                + "{\"method\": \"no.such.method\", \"params\": []}]}");

        assertThat(response.at("/error").isNull()).isTrue();
        JsonNode items = response.at("/result");
        assertThat(items).hasSize(4);
        assertThat(items.at("/0/id").asInt()).isEqualTo(1);
        assertThat(items.at("/1/result").asText()).isEqualTo("Welcome");
        assertThat(items.at("/2/result/3/status").asText()).isEqualTo("new");
        assertThat(items.at("/3/id").asInt()).isEqualTo(233);
        assertThat(items.at("/3/result").isNull()).isTrue();
        assertThat(items.at("/3/error/name").asText()).isEqualTo("JSONRPCError");
    }

    @Test
    void itemsTakeNamedParams() {
        assertThat(fixture.json("{\"method\": \"system.multicall\", \"id\": 1, \"params\": [{\"method\": "
                + "\"values.greet\", \"params\": {\"name\": \"Cy\"}}]}").at("/result/0/result").asText())
                .isEqualTo("Hello, Cy");
    }

    @Test
    void itemsAreCheckedForPermissionsOneByOne() {
        JsonNode items = Fixture.parse(fixture.post(Fixture.USER, "{\"method\": \"system.multicall\", \"id\": 1, "
                + "\"params\": [{\"method\": \"ticket.delete\", \"params\": [1]}, {\"method\": \"ticket.get\", "
                + "\"params\": [1]}]}").responseText()).at("/result");

        assertThat(items.at("/0/error/code").asInt()).isEqualTo(403);
        assertThat(items.at("/1/result/0").asInt()).isEqualTo(1);
    }

    @Test
    void emptyTracFormGivesAnEmptyList() {
        assertThat(fixture.text("{\"method\": \"system.multicall\", \"params\": [], \"id\": 1}"))
                .isEqualTo("{\"result\": [], \"error\": null, \"id\": 1}\n");
    }

    @Test
    void itemWithoutMethodIsMissingMethodName() {
        assertThat(fixture.json("{\"method\": \"system.multicall\", \"params\": [{\"params\": []}], \"id\": 1}")
                .at("/result/0/error/message").asText()).isEqualTo("Missing method name");
    }

    @Test
    void jsonRpc2MulticallAnswersIn2Form() {
        assertThat(fixture.text("{\"jsonrpc\": \"2.0\", \"method\": \"system.multicall\", \"id\": 9, \"params\": ["
                + "{\"method\": \"values.echoInt\", \"params\": [5], \"id\": \"x\"}]}"))
                .isEqualTo("{\"jsonrpc\": \"2.0\", \"result\": [{\"jsonrpc\": \"2.0\", \"result\": 5, \"id\": \"x\"}], "
                        + "\"id\": 9}\n");
    }

    @Test
    void xmlRpcFormPassesThroughToTheCore() {
        assertThat(fixture.text("{\"method\": \"system.multicall\", \"params\": [[{\"methodName\": "
                + "\"values.echoInt\", \"params\": [5]}, {\"methodName\": \"no.such.method\", \"params\": []}]], "
                + "\"id\": 1}")).isEqualTo("{\"result\": [[5], {\"faultCode\": -32601, \"faultString\": "
                + "\"RPC method \\\"no.such.method\\\" not found\"}], \"error\": null, \"id\": 1}\n");
    }

    @Test
    void tracFormLargerThanTheBatchLimitIsRefused() {
        Fixture small = new Fixture(new Limits(1 << 20, 64, 1 << 20, 1));
        String item = "{\"method\": \"values.touch\", \"params\": []}";

        assertThat(small.json("{\"method\": \"system.multicall\", \"params\": [" + item + "], \"id\": 1}")
                .at("/result/0/result").asInt()).isZero();
        JsonNode error = small.json("{\"method\": \"system.multicall\", \"params\": [" + item + ", " + item
                + "], \"id\": 1}").at("/error");
        assertThat(error.at("/code").asInt()).isEqualTo(413);
        assertThat(error.at("/message").asText()).isEqualTo("system.multicall may hold at most 1 calls");
    }
}
