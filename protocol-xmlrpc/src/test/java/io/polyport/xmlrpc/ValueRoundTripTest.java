package io.polyport.xmlrpc;

import static io.polyport.xmlrpc.XmlRpcKit.methodCall;
import static io.polyport.xmlrpc.XmlRpcKit.response;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value type: what it decodes to, and how it comes back. */
class ValueRoundTripTest {
    private static final String EX = "xmlns:ex='http://ws.apache.org/xmlrpc/namespaces/extensions'";

    private final XmlRpcKit kit = new XmlRpcKit();

    static Stream<Arguments> decodings() {
        return Stream.of(
                Arguments.of("<value><int>1</int></value>", "java.lang.Integer"),
                Arguments.of("<value><i4>-7</i4></value>", "java.lang.Integer"),
                Arguments.of("<value><i8>1</i8></value>", "java.lang.Long"),
                Arguments.of("<value><ex:i8 " + EX + ">1</ex:i8></value>", "java.lang.Long"),
                Arguments.of("<value><boolean>1</boolean></value>", "java.lang.Boolean"),
                Arguments.of("<value><double>0.5</double></value>", "java.lang.Double"),
                Arguments.of("<value><string>x</string></value>", "java.lang.String"),
                Arguments.of("<value>WikiStart</value>", "java.lang.String"),
                Arguments.of("<value></value>", "java.lang.String"),
                Arguments.of("<value><dateTime.iso8601>20000101T00:00:00</dateTime.iso8601></value>", "java.time.Instant"),
                Arguments.of("<value><base64>aGVsbG8=</base64></value>", "[B"),
                Arguments.of("<value><array><data></data></array></value>", "java.util.ArrayList"),
                Arguments.of("<value><struct></struct></value>", "java.util.LinkedHashMap"),
                Arguments.of("<value><nil/></value>", "null"),
                Arguments.of("<value><ex:nil " + EX + "/></value>", "null"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("decodings")
    void decodesToNeutralJavaTypes(String value, String javaType) {
        assertThat(kit.call(methodCall("test.typeOf", value)))
                .isEqualTo(response("<value><string>" + javaType + "</string></value>"));
    }

    static Stream<Arguments> echoes() {
        return Stream.of(
                Arguments.of("<value><int>2147483647</int></value>", "<value><int>2147483647</int></value>"),
                Arguments.of("<value><i4>-2147483648</i4></value>", "<value><int>-2147483648</int></value>"),
                Arguments.of("<value><i8>9007199254740993</i8></value>", "<value><i8>9007199254740993</i8></value>"),
                Arguments.of("<value><i8>-9223372036854775808</i8></value>", "<value><i8>-9223372036854775808</i8></value>"),
                Arguments.of("<value><i8>12</i8></value>", "<value><int>12</int></value>"),
                Arguments.of("<value><boolean>0</boolean></value>", "<value><boolean>0</boolean></value>"),
                Arguments.of("<value><boolean>1</boolean></value>", "<value><boolean>1</boolean></value>"),
                Arguments.of("<value><double>0.125</double></value>", "<value><double>0.125</double></value>"),
                Arguments.of("<value><double>1</double></value>", "<value><double>1.0</double></value>"),
                Arguments.of("<value><double>1e16</double></value>", "<value><double>1e+16</double></value>"),
                Arguments.of("<value><double>-0.000015</double></value>", "<value><double>-1.5e-05</double></value>"),
                Arguments.of("<value><string>One &amp; Two &lt; Four &gt;</string></value>", "<value><string>One &amp; Two &lt; Four &gt;</string></value>"),
                Arguments.of("<value><string>'quotes' \"stay\"</string></value>", "<value><string>'quotes' \"stay\"</string></value>"),
                Arguments.of("<value><string></string></value>", "<value><string></string></value>"),
                Arguments.of("<value>untyped</value>", "<value><string>untyped</string></value>"),
                Arguments.of("<value><nil/></value>", "<value><string></string></value>"),
                Arguments.of("<value><dateTime.iso8601>19991231T23:59:59</dateTime.iso8601></value>", "<value><dateTime.iso8601>19991231T23:59:59</dateTime.iso8601></value>"),
                Arguments.of("<value><base64>AAECaGVsbG//</base64></value>", "<value><base64>\nAAECaGVsbG//\n</base64></value>"),
                Arguments.of("<value><base64></base64></value>", "<value><base64>\n</base64></value>"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("echoes")
    void echoesEveryScalarInTracsFormat(String sent, String returned) {
        assertThat(kit.call(methodCall("test.echo", sent))).isEqualTo(response(returned));
    }

    @Test
    void longBinaryIsWrappedAt76Characters() {
        String base64 = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk"
                + "rL0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla";
        String expected = "<value><base64>\n"
                + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n"
                + "NTY3ODkrL0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla\n"
                + "</base64></value>";
        assertThat(kit.call(methodCall("test.echo", "<value><base64>" + base64 + "</base64></value>")))
                .isEqualTo(response(expected));
    }

    @Test
    void base64SplitOverLinesDecodes() {
        assertThat(kit.call(methodCall("test.echo", "<value><base64>\nAAEC\naGVs\nbG//\n</base64></value>")))
                .isEqualTo(response("<value><base64>\nAAECaGVsbG//\n</base64></value>"));
    }

    @Test
    void arraysAndStructsNestAndKeepMemberOrder() {
        String value = "<value><array><data>\n"
                + "<value><struct>\n"
                + "<member>\n<name>zeta</name>\n<value><int>1</int></value>\n</member>\n"
                + "<member>\n<name>alpha</name>\n<value><array><data>\n<value><string>x</string></value>\n"
                + "<value><boolean>1</boolean></value>\n</data></array></value>\n</member>\n"
                + "<member>\n<name>mid &amp; more</name>\n<value><struct>\n</struct></value>\n</member>\n"
                + "</struct></value>\n"
                + "<value><array><data>\n</data></array></value>\n"
                + "</data></array></value>";
        assertThat(kit.call(methodCall("test.echo", value))).isEqualTo(response(value));
    }

    @Test
    void repeatedStructMemberKeepsLastValue() {
        String sent = "<value><struct><member><name>a</name><value><int>1</int></value></member>"
                + "<member><name>a</name><value><int>2</int></value></member></struct></value>";
        assertThat(kit.call(methodCall("test.echo", sent))).isEqualTo(response(
                "<value><struct>\n<member>\n<name>a</name>\n<value><int>2</int></value>\n</member>\n</struct></value>"));
    }

    @Test
    void whitespaceAroundTypedValuesIsIgnored() {
        String sent = "<value>\n   <array>\n <data>\n  <value>\n <i4> 5 </i4>\n </value>\n </data>\n </array>\n</value>";
        assertThat(kit.call(methodCall("test.echo", sent)))
                .isEqualTo(response("<value><array><data>\n<value><int>5</int></value>\n</data></array></value>"));
    }

    @Test
    void methodWithoutResultAnswersZeroAndNullAnswersEmptyString() {
        assertThat(kit.call(methodCall("test.nothing"))).isEqualTo(response("<value><int>0</int></value>"));
        assertThat(kit.call(methodCall("test.none"))).isEqualTo(response("<value><string></string></value>"));
    }

    @Test
    void i8AndNilBindToTypedParameters() {
        assertThat(kit.call(methodCall("test.echoLong", "<value><i8>4294967296</i8></value>")))
                .isEqualTo(response("<value><i8>4294967296</i8></value>"));
        assertThat(kit.call(methodCall("test.create", "<value><string>s</string></value>", "<value><nil/></value>")))
                .isEqualTo(response("<value><int>1</int></value>"));
    }

    @Test
    void requestWithoutParamsElementCallsWithNoArguments() {
        assertThat(kit.call("<methodCall><methodName>test.none</methodName></methodCall>"))
                .isEqualTo(response("<value><string></string></value>"));
    }
}
