package io.polyport.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.core.spi.testing.BufferedExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests as Trac clients send them, answered byte for byte as in the captures under trac-wire/. */
class TracDialectTest {
    private final Fixture fixture = new Fixture();

    @Test
    void ticketGetMatchesCapture03() {
        BufferedExchange exchange = fixture.post("{\"method\": \"ticket.get\", \"params\": [1], \"id\": 1}");

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.responseContentType()).isEqualTo("application/json");
        assertThat(exchange.responseText()).isEqualTo("{\"result\": [1, {\"__jsonclass__\": [\"datetime\", "
                + "\"2026-11-22T11:47:10.396056\"]}, {\"__jsonclass__\": [\"datetime\", \"2026-11-22T11:47:10.396056\"]}, "
                + "{\"summary\": \"Verify summary\", \"reporter\": \"admin\", \"owner\": \"admin\", \"description\": "
                + "\"Verify description\", \"type\": \"defect\", \"status\": \"new\", \"priority\": \"major\", "
                + "\"milestone\": \"\", \"component\": \"\", \"version\": \"\", \"resolution\": \"\", \"keywords\": "
                + "\"peer\", \"cc\": \"\", \"time\": {\"__jsonclass__\": [\"datetime\", \"2026-11-22T11:47:10.396056\"]}, "
                + "\"changetime\": {\"__jsonclass__\": [\"datetime\", \"2026-11-22T11:47:10.396056\"]}, "
                + "\"_ts\": \"1795348030396056\"}], \"error\": null, \"id\": 1}\n");
    }

    @Test
    void requestWithoutIdIsAnsweredWithNullIdAsInCapture03d() {
        assertThat(fixture.text("{\"method\": \"system.getAPIVersion\"}"))
                .isEqualTo("{\"result\": [1, 2, 0], \"error\": null, \"id\": null}\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "-5", "4294967296", "1.5", "\"abc\"", "\"\"", "true", "false", "null", "[1, \"a\"]",
            "{\"k\": [1, 2]}"})
    void echoesIdsOfEveryJsonType(String id) {
        assertThat(fixture.text("{\"method\": \"system.getAPIVersion\", \"id\": " + id + "}"))
                .isEqualTo("{\"result\": [1, 2, 0], \"error\": null, \"id\": " + id + "}\n");
    }

    @Test
    void echoesAnIdPastTheRangeOfLongExactly() {
        assertThat(fixture.text("{\"method\": \"system.getAPIVersion\", \"id\": 123456789012345678901234567890}"))
                .endsWith("\"id\": 123456789012345678901234567890}\n");
    }

    @Test
    void unknownMethodMatchesCapture05() {
        assertThat(fixture.text("{\"method\": \"no.such.method\", \"params\": [], \"id\": 5}"))
                .isEqualTo("{\"result\": null, \"id\": 5, \"error\": {\"name\": \"JSONRPCError\", \"code\": -32601, "
                        + "\"message\": \"RPC method \\\"no.such.method\\\" not found\"}}\n");
    }

    @Test
    void notFoundMatchesCapture05c() {
        assertThat(fixture.text("{\"method\": \"ticket.get\", \"params\": [9999], \"id\": 5}"))
                .isEqualTo("{\"result\": null, \"id\": 5, \"error\": {\"name\": \"JSONRPCError\", \"code\": 404, "
                        + "\"message\": \"Ticket 9999 does not exist.\"}}\n");
    }

    @Test
    void missingMethodMatchesCapture05g() {
        assertThat(fixture.text("{\"params\": [], \"id\": 5}"))
                .isEqualTo("{\"result\": null, \"id\": 5, \"error\": {\"name\": \"JSONRPCError\", \"code\": -32603, "
                        + "\"message\": \"Missing method name\"}}\n");
    }

    @Test
    void nullMethodIsAMissingMethod() {
        assertThat(fixture.json("{\"method\": null, \"id\": 5}").at("/error/message").asText())
                .isEqualTo("Missing method name");
    }

    @Test
    void badDatetimeHintMatchesCapture05h() {
        assertThat(fixture.text("{\"method\": \"ticket.getRecentChanges\", \"params\": [{\"__jsonclass__\": "
                + "[\"datetime\", \"yesterday\"]}], \"id\": 5}"))
                .isEqualTo("{\"result\": null, \"id\": null, \"error\": {\"name\": \"JSONRPCError\", \"code\": -32700, "
                        + "\"message\": \"No JSON object could be decoded (Invalid datetime string (yesterday))\"}}\n");
    }

    @Test
    void validationFailureIsCodeMinus32603AsInCapture05i() {
        assertThat(fixture.text("{\"method\": \"ticket.create\", \"params\": [\"\", \"d\"], \"id\": 5}"))
                .isEqualTo("{\"result\": null, \"id\": 5, \"error\": {\"name\": \"JSONRPCError\", \"code\": -32603, "
                        + "\"message\": \"Tickets must contain a summary.\"}}\n");
    }

    @Test
    void callerWithoutXmlRpcMatchesCapture10k() {
        BufferedExchange exchange = fixture.post(Fixture.NO_XML_RPC, "{\"method\": \"system.getAPIVersion\", \"id\": 1}");

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.responseText()).isEqualTo("{\"result\": null, \"id\": 1, \"error\": {\"name\": "
                + "\"JSONRPCError\", \"code\": 403, \"message\": \"XML_RPC privileges are required to perform this "
                + "operation. You don't have the required permissions.\"}}\n");
    }

    @Test
    void methodPermissionIsError403() {
        JsonNode response = Fixture.parse(fixture.post(Fixture.USER,
                "{\"method\": \"ticket.delete\", \"params\": [1], \"id\": 2332}").responseText());

        assertThat(response.at("/id").asInt()).isEqualTo(2332);
        assertThat(response.at("/error/code").asInt()).isEqualTo(403);
        assertThat(response.at("/error/message").asText()).isEqualTo("TICKET_ADMIN privileges are required to "
                + "perform this operation. You don't have the required permissions.");
    }

    @Test
    void nonAsciiIsEscapedAsInCapture13f() {
        assertThat(fixture.text("{\"method\": \"values.echoString\", "
                + "\"params\": [\"<p>\\n\\u00dcn\\u00efc\\u00f8d\\u00e9 \\u20ac \\u2713\\n</p>\\n\"], \"id\": 1}"))
                .isEqualTo("{\"result\": \"<p>\\n\\u00dcn\\u00efc\\u00f8d\\u00e9 \\u20ac \\u2713\\n</p>\\n\", "
                        + "\"error\": null, \"id\": 1}\n");
    }

    @Test
    void escapesAstralCharactersAsSurrogatePairsAndControlsAsPythonDoes() {
        String body = "{\"method\": \"values.echoString\", \"params\": [\"\uD83D\uDE00 \u007f \\u0001 \\t \\\" \\\\ /\"]}";

        assertThat(fixture.text(body)).isEqualTo("{\"result\": \"\\ud83d\\ude00 \\u007f \\u0001 \\t \\\" \\\\ /\", "
                + "\"error\": null, \"id\": null}\n");
    }

    @Test
    void echoesTheRequestContentTypeVerbatimAsInCapture12e() {
        BufferedExchange exchange = fixture.post(Fixture.ADMIN, "Application/JSON; charset=UTF-8",
                "{\"method\": \"system.getAPIVersion\", \"id\": 1}");

        assertThat(exchange.responseContentType()).isEqualTo("Application/JSON; charset=UTF-8");
        assertThat(exchange.responseText()).isEqualTo("{\"result\": [1, 2, 0], \"error\": null, \"id\": 1}\n");
    }

    @Test
    void aJsonrpcMemberOtherThan2IsIgnoredLikeTrac() {
        assertThat(fixture.text("{\"jsonrpc\": \"1.0\", \"method\": \"system.getAPIVersion\", \"id\": \"abc\"}"))
                .isEqualTo("{\"result\": [1, 2, 0], \"error\": null, \"id\": \"abc\"}\n");
    }

    @Test
    void nullOrMissingParamsMeanNoArguments() {
        assertThat(fixture.json("{\"method\": \"system.getAPIVersion\", \"params\": null, \"id\": 1}")
                .at("/result").toString()).isEqualTo("[1,2,0]");
    }

    @Test
    void voidMethodsReturnZeroAndNullResultsAreNull() {
        assertThat(fixture.text("{\"method\": \"values.touch\", \"id\": 1}"))
                .isEqualTo("{\"result\": 0, \"error\": null, \"id\": 1}\n");
        assertThat(fixture.text("{\"method\": \"values.echo\", \"params\": [null], \"id\": 1}"))
                .isEqualTo("{\"result\": null, \"error\": null, \"id\": 1}\n");
    }

    @Test
    void passesTheCallerToTheService() {
        assertThat(fixture.post(Fixture.USER, "{\"method\": \"values.whoAmI\", \"id\": 1}").responseText())
                .isEqualTo("{\"result\": \"user\", \"error\": null, \"id\": 1}\n");
    }

    @Test
    void wrongArgumentTypeIsInvalidParams() {
        JsonNode error = fixture.json("{\"method\": \"ticket.get\", \"params\": [{\"a\": 1}], \"id\": 5}").at("/error");

        assertThat(error.at("/code").asInt()).isEqualTo(-32602);
        assertThat(error.at("/message").asText()).contains("ticket.get").contains("'id'");
    }

    @Test
    void missingArgumentIsInvalidParams() {
        JsonNode error = fixture.json("{\"method\": \"ticket.get\", \"params\": [], \"id\": 5}").at("/error");

        assertThat(error.at("/code").asInt()).isEqualTo(-32602);
        assertThat(error.at("/message").asText()).isEqualTo("ticket.get() missing required argument 'id'");
    }

    @Test
    void unexpectedServiceFailureIsMinus32603WithoutInternals() {
        JsonNode error = fixture.json("{\"method\": \"values.explode\", \"id\": 5}").at("/error");

        assertThat(error.at("/code").asInt()).isEqualTo(-32603);
        assertThat(error.at("/message").asText()).contains("values.explode").contains("req-7")
                .doesNotContain("hunter2");
    }

    @Test
    void scalarParamsAreAnInvalidRequest() {
        assertThat(fixture.text("{\"method\": \"ticket.get\", \"params\": 1, \"id\": 5}"))
                .isEqualTo("{\"result\": null, \"id\": 5, \"error\": {\"name\": \"JSONRPCError\", \"code\": -32600, "
                        + "\"message\": \"Invalid Request: params must be an array or an object\"}}\n");
    }

    @Test
    void nonStringMethodIsAnInvalidRequest() {
        JsonNode error = fixture.json("{\"method\": 42, \"id\": 5}").at("/error");

        assertThat(error.at("/code").asInt()).isEqualTo(-32600);
        assertThat(error.at("/message").asText()).isEqualTo("Invalid Request: method must be a string");
    }
}
