package io.polyport.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.testing.BufferedExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies that cannot be read: every one gets a -32700 error with id null and HTTP 200, never a 500. */
class ParseErrorsAndLimitsTest {
    private final Fixture fixture = new Fixture();
    private final Fixture small = new Fixture(new Limits(1 << 20, 4, 20, 100));

    @Test
    void invalidJsonIsAParseErrorLikeTracsSuite() {
        BufferedExchange exchange = fixture.post("invalid-json");

        assertThat(exchange.status()).isEqualTo(200);
        JsonNode response = Fixture.parse(exchange.responseText());
        assertThat(response.at("/id").isNull()).isTrue();
        assertThat(response.at("/result").isNull()).isTrue();
        assertThat(response.at("/error/name").asText()).isEqualTo("JSONRPCError");
        assertThat(response.at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(response.at("/error/message").asText()).isEqualTo("No JSON object could be decoded (Unrecognized "
                + "token 'invalid': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or "
                + "'false'): line 1 column 1)");
    }

    @Test
    void truncatedBodyIsAParseErrorWithoutParserInternals() {
        String message = fixture.json("{\"method\": \"ticket.get\", ").at("/error/message").asText();

        assertThat(message).startsWith("No JSON object could be decoded (Unexpected end-of-input")
                .endsWith(": line 1 column 26)").doesNotContain("Source").doesNotContain("REDACTED");
    }

    @Test
    void emptyBodyIsAParseError() {
        assertThat(fixture.text("")).isEqualTo("{\"result\": null, \"id\": null, \"error\": {\"name\": \"JSONRPCError\", "
                + "\"code\": -32700, \"message\": \"No JSON object could be decoded (Expecting value: line 1 column 1 "
                + "(char 0))\"}}\n");
    }

    @Test
    void invalidUtf8IsAParseError() {
        BufferedExchange exchange = fixture.post(new byte[] {'{', '"', 'm', '"', ':', '"', (byte) 0xFF, '"', '}'});

        assertThat(Fixture.parse(exchange.responseText()).at("/error/message").asText())
                .startsWith("No JSON object could be decoded (Invalid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "-1e999999", "[1e400]"})
    void numbersBeyondADoubleAreParseErrors(String value) {
        JsonNode error = fixture.json("{\"method\": \"values.echo\", \"params\": [" + value + "], \"id\": 1}")
                .at("/error");

        assertThat(error.at("/code").asInt()).isEqualTo(-32700);
        assertThat(error.at("/message").asText()).contains("Number out of the range of a double");
    }

    @Test
    void integerArgumentsBeyond64BitsAreInvalidParamsWhileSuchIdsAreEchoed() {
        String huge = "1606938044258990275541962092341162602522202993782792835301376";
        JsonNode response = fixture.json("{\"method\": \"values.echo\", \"params\": [{\"n\": [" + huge
                + "]}], \"id\": " + huge + "}");

        assertThat(response.at("/error/code").asInt()).isEqualTo(-32602);
        assertThat(response.at("/error/message").asText()).isEqualTo("an integer argument is out of the 64-bit range");
        assertThat(response.at("/id").bigIntegerValue()).hasToString(huge);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "\"text\"", "true", "null"})
    void scalarBodyIsNotADictAsInTracsSuite(String body) {
        assertThat(fixture.text(body)).isEqualTo("{\"result\": null, \"id\": null, \"error\": {\"name\": "
                + "\"JSONRPCError\", \"code\": -32700, \"message\": \"JSON object is not a dict\"}}\n");
    }

    @Test
    void trailingDataIsAParseError() {
        assertThat(fixture.json("{\"method\": \"system.getAPIVersion\", \"id\": 1} {\"id\": 2}").at("/error/message")
                .asText()).isEqualTo("No JSON object could be decoded (Extra data: line 1 column 45)");
    }

    @Test
    void syntaxErrorAfterTheVersionMemberIsAnswered2Style() {
        JsonNode response = fixture.json("{\"jsonrpc\": \"2.0\", \"method\": ");

        assertThat(response.at("/jsonrpc").asText()).isEqualTo("2.0");
        assertThat(response.at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(response.has("result")).isFalse();
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        assertThat(small.json("{\"method\": \"values.echo\", \"params\": [[[1]]], \"id\": 1}").at("/result/0/0")
                .asInt()).isEqualTo(1);
    }

    @Test
    void nestingPastTheLimitIsAParseError() {
        JsonNode response = small.json("{\"method\": \"values.echo\", \"params\": [[[[1]]]], \"id\": 1}");

        assertThat(response.at("/id").isNull()).isTrue();
        assertThat(response.at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(response.at("/error/message").asText()).isEqualTo("No JSON object could be decoded (Document "
                + "nesting depth (5) exceeds the maximum allowed (4))");
    }

    @Test
    void deeplyNestedHostileBodyIsAParseErrorNotACrash() {
        String body = "[".repeat(100_000);

        assertThat(fixture.json(body).at("/error/code").asInt()).isEqualTo(-32700);
    }

    @Test
    void stringUpToTheLimitIsAccepted() {
        assertThat(small.json("{\"method\": \"values.echo\", \"params\": [\"01234567890123456789\"], \"id\": 1}").at("/result")
                .asText()).isEqualTo("01234567890123456789");
    }

    @Test
    void stringPastTheLimitIsAParseError() {
        JsonNode response = small.json("{\"method\": \"values.echo\", \"params\": [\"01234567890123456789A\"], \"id\": 1}");

        assertThat(response.at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(response.at("/error/message").asText()).isEqualTo("No JSON object could be decoded (String value "
                + "length (21) exceeds the maximum allowed (20))");
    }

    @Test
    void binaryPastTheStringLimitIsAParseError() {
        assertThat(small.json("{\"method\": \"values.echoBinary\", \"params\": [{\"__jsonclass__\": [\"binary\", "
                + "\"AAAAAAAAAAAAAAAAAAAAAAAA\"]}], \"id\": 1}").at("/error/code").asInt()).isEqualTo(-32700);
    }
}
