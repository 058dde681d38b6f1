package io.polyport.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.testing.BufferedExchange;
import org.junit.jupiter.api.Test;

/** JSON-RPC 2.0: the version member, batches, notifications and parameters by name. */
class JsonRpc2Test {
    private final Fixture fixture = new Fixture();

    @Test
    void echoesTheVersionMemberAndOmitsError() {
        assertThat(fixture.text("{\"jsonrpc\": \"2.0\", \"method\": \"system.getAPIVersion\", \"params\": [], "
                + "\"id\": \"abc\"}")).isEqualTo("{\"jsonrpc\": \"2.0\", \"result\": [1, 2, 0], \"id\": \"abc\"}\n");
    }

    @Test
    void errorsOmitResult() {
        assertThat(fixture.text("{\"jsonrpc\": \"2.0\", \"method\": \"no.such.method\", \"id\": 3}"))
                .isEqualTo("{\"jsonrpc\": \"2.0\", \"error\": {\"name\": \"JSONRPCError\", \"code\": -32601, "
                        + "\"message\": \"RPC method \\\"no.such.method\\\" not found\"}, \"id\": 3}\n");
    }

    @Test
    void validationFailuresCarryTheirFieldsAsData() {
        JsonNode error = fixture.json("{\"jsonrpc\": \"2.0\", \"method\": \"ticket.create\", \"params\": [\"\", \"d\"], "
                + "\"id\": 3}").at("/error");

        assertThat(error.at("/code").asInt()).isEqualTo(-32603);
        assertThat(error.at("/data/fieldErrors/0/field").asText()).isEqualTo("summary");
        assertThat(error.at("/data/fieldErrors/0/message").asText()).isEqualTo("Tickets must contain a summary.");
    }

    @Test
    void missingMethodIsAnInvalidRequest() {
        assertThat(fixture.text("{\"jsonrpc\": \"2.0\", \"id\": 3}")).isEqualTo("{\"jsonrpc\": \"2.0\", \"error\": "
                + "{\"name\": \"JSONRPCError\", \"code\": -32600, \"message\": \"Invalid Request: missing method name\"}, "
                + "\"id\": 3}\n");
    }

    @Test
    void invalidRequestWithoutIdIsStillAnswered() {
        JsonNode response = fixture.json("{\"jsonrpc\": \"2.0\", \"method\": 1, \"params\": \"bar\"}");

        assertThat(response.at("/error/code").asInt()).isEqualTo(-32600);
        assertThat(response.at("/id").isNull()).isTrue();
    }

    @Test
    void explicitNullIdIsARequestNotANotification() {
        assertThat(fixture.text("{\"jsonrpc\": \"2.0\", \"method\": \"system.getAPIVersion\", \"id\": null}"))
                .isEqualTo("{\"jsonrpc\": \"2.0\", \"result\": [1, 2, 0], \"id\": null}\n");
    }

    @Test
    void notificationGetsNoContent() {
        BufferedExchange exchange = fixture.post("{\"jsonrpc\": \"2.0\", \"method\": \"values.touch\"}");

        assertThat(exchange.status()).isEqualTo(204);
        assertThat(exchange.responseBody()).isEmpty();
    }

    @Test
    void failingNotificationIsNotAnswered() {
        assertThat(fixture.post("{\"jsonrpc\": \"2.0\", \"method\": \"no.such.method\"}").status()).isEqualTo(204);
    }

    @Test
    void namedParamsBindByNameWithDefaults() {
        assertThat(fixture.json("{\"jsonrpc\": \"2.0\", \"method\": \"values.greet\", \"params\": {\"name\": \"Ann\"}, "
                + "\"id\": 1}").at("/result").asText()).isEqualTo("Hello, Ann");
        assertThat(fixture.json("{\"method\": \"values.greet\", \"params\": {\"greeting\": \"Hi\", \"name\": \"Bo\"}, "
                + "\"id\": 1}").at("/result").asText()).isEqualTo("Hi, Bo");
    }

    @Test
    void namedParamsBindTracsIdByName() {
        assertThat(fixture.json("{\"method\": \"ticket.get\", \"params\": {\"id\": 1}, \"id\": 7}").at("/result/0")
                .asInt()).isEqualTo(1);
    }

    @Test
    void unknownNamedParamIsInvalidParams() {
        JsonNode error = fixture.json("{\"jsonrpc\": \"2.0\", \"method\": \"values.greet\", \"params\": "
                + "{\"name\": \"Ann\", \"mood\": \"good\"}, \"id\": 1}").at("/error");

        assertThat(error.at("/code").asInt()).isEqualTo(-32602);
        assertThat(error.at("/message").asText()).contains("'mood'");
    }

    @Test
    void batchIsAnsweredInOrderWithoutNotifications() {
        String body = "[{\"jsonrpc\": \"2.0\", \"method\": \"system.getAPIVersion\", \"id\": 1}, "
                + "{\"jsonrpc\": \"2.0\", \"method\": \"values.touch\"}, "
                + "{\"jsonrpc\": \"2.0\", \"method\": \"ticket.get\", \"params\": [9999], \"id\": \"b\"}, "
                + "{\"method\": \"values.echoInt\", \"params\": [7], \"id\": 3}]";

        assertThat(fixture.text(body)).isEqualTo("[{\"jsonrpc\": \"2.0\", \"result\": [1, 2, 0], \"id\": 1}, "
                + "{\"jsonrpc\": \"2.0\", \"error\": {\"name\": \"JSONRPCError\", \"code\": 404, \"message\": "
                + "\"Ticket 9999 does not exist.\"}, \"id\": \"b\"}, "
                + "{\"result\": 7, \"error\": null, \"id\": 3}]\n");
    }

    @Test
    void batchOfOnlyNotificationsGetsNoContent() {
        BufferedExchange exchange = fixture.post("[{\"jsonrpc\": \"2.0\", \"method\": \"values.touch\"}, "
                + "{\"jsonrpc\": \"2.0\", \"method\": \"values.touch\", \"params\": []}]");

        assertThat(exchange.status()).isEqualTo(204);
        assertThat(exchange.responseBody()).isEmpty();
    }

    @Test
    void batchOfOneIsStillAnArray() {
        assertThat(fixture.text("[{\"jsonrpc\": \"2.0\", \"method\": \"values.echoInt\", \"params\": [1], \"id\": 1}]"))
                .isEqualTo("[{\"jsonrpc\": \"2.0\", \"result\": 1, \"id\": 1}]\n");
    }

    @Test
    void emptyBatchIsOneInvalidRequest() {
        assertThat(fixture.text("[]")).isEqualTo("{\"jsonrpc\": \"2.0\", \"error\": {\"name\": \"JSONRPCError\", "
                + "\"code\": -32600, \"message\": \"Invalid Request: empty batch\"}, \"id\": null}\n");
    }

    @Test
    void nonObjectBatchItemsAreInvalidRequests() {
        JsonNode responses = fixture.json("[1, {\"jsonrpc\": \"2.0\", \"method\": \"values.echoInt\", \"params\": [2], "
                + "\"id\": 2}, [3]]");

        assertThat(responses).hasSize(3);
        assertThat(responses.at("/0/error/code").asInt()).isEqualTo(-32600);
        assertThat(responses.at("/0/id").isNull()).isTrue();
        assertThat(responses.at("/1/result").asInt()).isEqualTo(2);
        assertThat(responses.at("/2/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void badClassHintFailsOnlyItsOwnBatchItem() {
        JsonNode responses = fixture.json("[{\"jsonrpc\": \"2.0\", \"method\": \"values.echo\", \"params\": "
                + "[{\"__jsonclass__\": [\"decimal\", \"1.5\"]}], \"id\": 1}, "
                + "{\"jsonrpc\": \"2.0\", \"method\": \"values.echoInt\", \"params\": [2], \"id\": 2}]");

        assertThat(responses.at("/0/error/code").asInt()).isEqualTo(-32700);
        assertThat(responses.at("/0/error/message").asText())
                .isEqualTo("No JSON object could be decoded (Unknown __jsonclass__: decimal)");
        assertThat(responses.at("/0/id").isNull()).isTrue();
        assertThat(responses.at("/1/result").asInt()).isEqualTo(2);
    }

    @Test
    void batchLargerThanTheLimitIsRefused() {
        Fixture small = new Fixture(new Limits(1 << 20, 64, 1 << 20, 2));
        String call = "{\"jsonrpc\": \"2.0\", \"method\": \"values.touch\", \"id\": 1}";

        assertThat(small.json("[" + call + ", " + call + "]")).hasSize(2);
        JsonNode refused = small.json("[" + call + ", " + call + ", " + call + "]");
        assertThat(refused.at("/error/code").asInt()).isEqualTo(413);
        assertThat(refused.at("/error/message").asText()).isEqualTo("A batch may hold at most 2 requests");
        assertThat(refused.at("/jsonrpc").asText()).isEqualTo("2.0");
    }
}
