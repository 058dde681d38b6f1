package io.polyport.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each neutral value type, decoded from a request and encoded in a response. */
class ValueCodingTest {
    private final Fixture fixture = new Fixture();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1                                        | Integer",
        "-2147483648                              | Integer",
        "2147483647                               | Integer",
        "2147483648                               | Long",
        "-9223372036854775808                     | Long",
        "0.125                                    | Double",
        "1e3                                      | Double",
        "\"text\"                                 | String",
        "true                                     | Boolean",
        "false                                    | Boolean",
        "null                                     | null",
        "[1, \"a\"]                               | ArrayList",
        "{\"a\": 1}                               | LinkedHashMap",
        "{\"__jsonclass__\": [\"datetime\", \"2023-03-01T16:07:59\"]} | Instant",
        "{\"__jsonclass__\": [\"binary\", \"AAECaGVsbG//\"]}          | byte[]",
    })
    void decodesEachJsonTypeToItsNeutralType(String json, String javaType) {
        assertThat(fixture.json("{\"method\": \"values.typeOf\", \"params\": [" + json + "], \"id\": 1}")
                .at("/result").asText()).isEqualTo(javaType);
    }

    @Test
    void decodesTheJsonclassTestOfTheTracSuite() {
        assertThat(fixture.text("{\"method\": \"values.echo\", \"params\": [[1234, 0.125, {\"__jsonclass__\": "
                + "[\"datetime\", \"2023-03-01T16:07:59\"]}, {\"__jsonclass__\": [\"binary\", \"AAECaGVsbG//\"]}]], "
                + "\"id\": 42}")).isEqualTo("{\"result\": [1234, 0.125, {\"__jsonclass__\": [\"datetime\", "
                + "\"2023-03-01T16:07:59\"]}, {\"__jsonclass__\": [\"binary\", \"AAECaGVsbG//\"]}], \"error\": null, "
                + "\"id\": 42}\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "echoString   | \"h\\u00e9 \\\"q\\\"\"  | \"h\\u00e9 \\\"q\\\"\"",
        "echoInt      | 42                      | 42",
        "echoInt      | \"42\"                  | 42",
        "echoLong     | 9007199254740993        | 9007199254740993",
        "echoBoolean  | true                    | true",
        "echoDouble   | 2.5                     | 2.5",
        "echoDouble   | 3                       | 3.0",
        "echoArray    | [1, [true, null], \"x\"] | [1, [true, null], \"x\"]",
        "echoStruct   | {\"b\": 1, \"a\": {}}   | {\"b\": 1, \"a\": {}}",
        "echoStruct   | {}                      | {}",
        "echoArray    | []                      | []",
    })
    void encodesEachTypedResult(String method, String argument, String result) {
        assertThat(fixture.text("{\"method\": \"values." + method + "\", \"params\": [" + argument + "], \"id\": 1}"))
                .isEqualTo("{\"result\": " + result + ", \"error\": null, \"id\": 1}\n");
    }

    @Test
    void binaryRoundTripsThroughByteArray() {
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        String base64 = Base64.getEncoder().encodeToString(bytes);

        assertThat(fixture.text("{\"method\": \"values.echoBinary\", \"params\": [{\"__jsonclass__\": [\"binary\", \""
                + base64 + "\"]}], \"id\": \"att\"}")).isEqualTo("{\"result\": {\"__jsonclass__\": [\"binary\", \""
                + base64 + "\"]}, \"error\": null, \"id\": \"att\"}\n");
    }

    @Test
    void binaryInputToleratesLineBreaks() {
        assertThat(fixture.json("{\"method\": \"values.echoBinary\", \"params\": [{\"__jsonclass__\": [\"binary\", "
                + "\"AAEC\\naGVs\\nbG//\\n\"]}], \"id\": 1}").at("/result/__jsonclass__/1").asText())
                .isEqualTo("AAECaGVsbG//");
    }

    @Test
    void emptyBinaryRoundTrips() {
        assertThat(fixture.text("{\"method\": \"values.echoBinary\", \"params\": [{\"__jsonclass__\": [\"binary\", "
                + "\"\"]}], \"id\": 1}")).isEqualTo("{\"result\": {\"__jsonclass__\": [\"binary\", \"\"]}, "
                + "\"error\": null, \"id\": 1}\n");
    }

    @Test
    void datetimeRoundTripsWithTracsFormat() {
        assertThat(fixture.text("{\"method\": \"values.echoDateTime\", \"params\": [{\"__jsonclass__\": "
                + "[\"datetime\", \"2009-06-19T16:46:00\"]}], \"id\": 1}")).isEqualTo("{\"result\": {\"__jsonclass__\": "
                + "[\"datetime\", \"2009-06-19T16:46:00\"]}, \"error\": null, \"id\": 1}\n");
    }

    @Test
    void datetimeWithAnOffsetComesBackInUtc() {
        assertThat(fixture.json("{\"method\": \"values.echoDateTime\", \"params\": [{\"__jsonclass__\": "
                + "[\"datetime\", \"2026-05-01T20:21:00.5+02:00\"]}], \"id\": 1}").at("/result/__jsonclass__/1").asText())
                .isEqualTo("2026-05-01T18:21:00.500000");
    }

    @Test
    void classHintsNestInsideStructsAndArrays() {
        assertThat(fixture.text("{\"method\": \"values.echo\", \"params\": [{\"due\": {\"__jsonclass__\": "
                + "[\"datetime\", \"2026-05-01\"]}, \"files\": [{\"__jsonclass__\": [\"binary\", \"AA==\"]}]}], "
                + "\"id\": 1}")).isEqualTo("{\"result\": {\"due\": {\"__jsonclass__\": [\"datetime\", "
                + "\"2026-05-01T00:00:00\"]}, \"files\": [{\"__jsonclass__\": [\"binary\", \"AA==\"]}]}, "
                + "\"error\": null, \"id\": 1}\n");
    }

    @Test
    void classHintIsRecognisedBesideOtherMembers() {
        assertThat(fixture.json("{\"method\": \"values.typeOf\", \"params\": [{\"x\": 1, \"__jsonclass__\": "
                + "[\"datetime\", \"2026-05-01\"]}], \"id\": 1}").at("/result").asText()).isEqualTo("Instant");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[\"decimal\", \"1.5\"]        | Unknown __jsonclass__: decimal",
        "[\"datetime\", \"yesterday\"] | Invalid datetime string (yesterday)",
        "[\"datetime\", \"2026-13-01\"] | Invalid datetime string (2026-13-01)",
        "[\"datetime\", 20260501]      | Invalid datetime string (20260501)",
        "[\"binary\", \"AAECa\"]       | Invalid base64 string in binary __jsonclass__",
        "[\"binary\", 5]               | Invalid base64 string in binary __jsonclass__",
        "\"datetime\"                  | Invalid __jsonclass__ hint, expected [class, value]",
        "[\"datetime\"]                | Invalid __jsonclass__ hint, expected [class, value]",
    })
    void unusableClassHintIsAParseErrorWithNullId(String hint, String detail) {
        JsonNode response = fixture.json("{\"method\": \"values.echo\", \"params\": [{\"__jsonclass__\": " + hint
                + "}], \"id\": 5}");

        assertThat(response.at("/id").isNull()).isTrue();
        assertThat(response.at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(response.at("/error/message").asText()).isEqualTo("No JSON object could be decoded (" + detail + ")");
    }

    @Test
    void integerPastLongDoesNotFitAnInt() {
        JsonNode error = fixture.json("{\"method\": \"values.echoInt\", \"params\": [123456789012345678901234567890], "
                + "\"id\": 1}").at("/error");

        assertThat(error.at("/code").asInt()).isEqualTo(-32602);
    }
}
