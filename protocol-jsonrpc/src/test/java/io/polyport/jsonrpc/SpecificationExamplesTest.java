package io.polyport.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.core.spi.testing.BufferedExchange;
import org.junit.jupiter.api.Test;

/**
 * The examples of the JSON-RPC 2.0 specification (section 7), with its {@code subtract}/{@code sum} methods replaced
 * by published ones: each request must get the response the specification shows (members, codes, ids).
 */
class SpecificationExamplesTest {
    private final Fixture fixture = new Fixture();

    @Test
    void callWithPositionalParameters() {
        assertThat(fixture.text("{\"jsonrpc\": \"2.0\", \"method\": \"values.echoInt\", \"params\": [42], \"id\": 1}"))
                .isEqualTo("{\"jsonrpc\": \"2.0\", \"result\": 42, \"id\": 1}\n");
    }

    @Test
    void callWithNamedParameters() {
        assertThat(fixture.text("{\"jsonrpc\": \"2.0\", \"method\": \"values.echoInt\", \"params\": {\"value\": 23}, "
                + "\"id\": 3}")).isEqualTo("{\"jsonrpc\": \"2.0\", \"result\": 23, \"id\": 3}\n");
    }

    @Test
    void notificationGetsNothing() {
        BufferedExchange exchange = fixture.post("{\"jsonrpc\": \"2.0\", \"method\": \"values.touch\", \"params\": []}");
        assertThat(exchange.status()).isEqualTo(204);
        assertThat(exchange.responseBody()).isEmpty();
    }

    @Test
    void nonExistentMethod() {
        JsonNode response = fixture.json("{\"jsonrpc\": \"2.0\", \"method\": \"foobar\", \"id\": \"1\"}");
        assertError(response, -32601);
        assertThat(response.get("id").asText()).isEqualTo("1");
    }

    @Test
    void invalidJson() {
        JsonNode response = fixture.json("{\"jsonrpc\": \"2.0\", \"method\": \"foobar, \"params\": \"bar\", \"baz]");
        assertError(response, -32700);
        assertThat(response.get("id").isNull()).isTrue();
    }

    @Test
    void invalidRequestObject() {
        JsonNode response = fixture.json("{\"jsonrpc\": \"2.0\", \"method\": 1, \"params\": \"bar\"}");
        assertError(response, -32600);
        assertThat(response.get("id").isNull()).isTrue();
    }

    @Test
    void batchWithInvalidJsonIsOneParseError() {
        JsonNode response = fixture.json("[{\"jsonrpc\": \"2.0\", \"method\": \"values.echoInt\", \"params\": [1], "
                + "\"id\": \"1\"}, {\"jsonrpc\": \"2.0\", \"method\"]");
        assertThat(response.isObject()).isTrue();
        assertError(response, -32700);
        assertThat(response.get("id").isNull()).isTrue();
    }

    @Test
    void emptyArrayIsOneInvalidRequest() {
        JsonNode response = fixture.json("[]");
        assertThat(response.isObject()).isTrue();
        assertError(response, -32600);
        assertThat(response.get("id").isNull()).isTrue();
    }

    @Test
    void invalidBatchOfOne() {
        JsonNode responses = fixture.json("[1]");
        assertThat(responses).hasSize(1);
        assertError(responses.get(0), -32600);
        assertThat(responses.get(0).get("id").isNull()).isTrue();
    }

    @Test
    void invalidBatchOfThree() {
        JsonNode responses = fixture.json("[1, 2, 3]");
        assertThat(responses).hasSize(3);
        responses.forEach(response -> {
            assertError(response, -32600);
            assertThat(response.get("id").isNull()).isTrue();
        });
    }

    @Test
    void mixedBatch() {
        JsonNode responses = fixture.json("["
                + "{\"jsonrpc\": \"2.0\", \"method\": \"values.echoInt\", \"params\": [7], \"id\": \"1\"},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"values.touch\", \"params\": [7]},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"values.echoInt\", \"params\": [19], \"id\": \"2\"},"
                + "{\"foo\": \"boo\"},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"foo.get\", \"params\": {\"name\": \"myself\"}, \"id\": \"5\"},"
                + "{\"jsonrpc\": \"2.0\", \"method\": \"values.echoString\", \"params\": [\"x\"], \"id\": \"9\"}]");

        assertThat(responses).hasSize(5);
        assertThat(responses.get(0).toString()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":7,\"id\":\"1\"}");
        assertThat(responses.get(1).toString()).isEqualTo("{\"jsonrpc\":\"2.0\",\"result\":19,\"id\":\"2\"}");
        assertError(responses.get(2), -32600);
        assertThat(responses.get(2).get("id").isNull()).isTrue();
        assertThat(responses.get(2).has("result")).isFalse();
        assertError(responses.get(3), -32601);
        assertThat(responses.get(3).get("id").asText()).isEqualTo("5");
        assertThat(responses.get(4).get("result").asText()).isEqualTo("x");
    }

    @Test
    void batchOfNotificationsGetsNothing() {
        BufferedExchange exchange = fixture.post("[{\"jsonrpc\": \"2.0\", \"method\": \"values.touch\", "
                + "\"params\": [1, 2, 4]}, {\"jsonrpc\": \"2.0\", \"method\": \"values.touch\", \"params\": [7]}]");
        assertThat(exchange.status()).isEqualTo(204);
        assertThat(exchange.responseBody()).isEmpty();
    }

    private static void assertError(JsonNode response, int code) {
        assertThat(response.get("jsonrpc").asText()).isEqualTo("2.0");
        assertThat(response.at("/error/code").asInt()).isEqualTo(code);
        assertThat(response.at("/error/message").asText()).isNotEmpty();
        assertThat(response.has("result")).isFalse();
    }
}
