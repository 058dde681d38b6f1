package io.polyport.xmlrpc;

import static io.polyport.xmlrpc.XmlRpcKit.faultCode;
import static io.polyport.xmlrpc.XmlRpcKit.faultString;
import static io.polyport.xmlrpc.XmlRpcKit.methodCall;
import static io.polyport.xmlrpc.XmlRpcKit.response;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** dateTime.iso8601 parameters: Trac's form and the ISO-8601 forms clients send; bad ones fault. */
class DateTimeParamTest {
    private static final String MIDNIGHT_2000 =
            "<value><dateTime.iso8601>20000101T00:00:00</dateTime.iso8601></value>";

    private final XmlRpcKit kit = new XmlRpcKit();

    @ParameterizedTest
    @ValueSource(strings = {
        "20000101T00:00:00", "20000101T00:00:00Z", "2000-01-01T00:00:00", "2000-01-01T00:00:00Z",
        "2000-01-01T00:00:00.999999Z", "2000-01-01T01:00:00+01:00", "1999-12-31T19:00:00-05:00",
        "2000-01-01 00:00:00", "2000-01-01", " 20000101T00:00:00 ", "20000101T000000",
    })
    void acceptedFormsAllMeanMidnightUtc(String text) {
        String call = methodCall("test.echoDate", "<value><dateTime.iso8601>" + text + "</dateTime.iso8601></value>");
        assertThat(kit.call(call)).isEqualTo(response(MIDNIGHT_2000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2000-13-01T00:00:00", "20000101T25:00:00", ""})
    void badDateIsParseFaultNamingTheValue(String text) {
        String call = methodCall("test.echoDate", "<value><dateTime.iso8601>" + text + "</dateTime.iso8601></value>");
        String answer = kit.call(call);
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(faultString(answer)).startsWith("Invalid datetime string (" + text + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000-01-01T00:00:00Z", "20000101T00:00:00"})
    void dateAsStringParameterIsConvertedByTheInvoker(String text) {
        String call = methodCall("test.echoDate", "<value><string>" + text + "</string></value>");
        assertThat(kit.call(call)).isEqualTo(response(MIDNIGHT_2000));
    }
}
