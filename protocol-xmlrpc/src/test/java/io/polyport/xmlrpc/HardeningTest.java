package io.polyport.xmlrpc;

import static io.polyport.xmlrpc.XmlRpcKit.ADMIN;
import static io.polyport.xmlrpc.XmlRpcKit.faultCode;
import static io.polyport.xmlrpc.XmlRpcKit.faultString;
import static io.polyport.xmlrpc.XmlRpcKit.methodCall;
import static io.polyport.xmlrpc.XmlRpcKit.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.spi.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Hostile requests: each is refused with a fault, and nothing is fetched, expanded or deserialized. */
class HardeningTest {
    private final XmlRpcKit kit = new XmlRpcKit();

    private static final String DOCTYPE_REFUSED = "DOCTYPE is disallowed";

    private String post(String body) {
        return kit.call(ADMIN, body);
    }

    private static String echoWithEntity(String doctype) {
        return "<?xml version='1.0'?>\n" + doctype + "\n<methodCall><methodName>test.echo</methodName><params>"
                + "<param><value><string>&xxe;</string></value></param></params></methodCall>";
    }

    @Test
    void externalFileEntityIsRefused() {
        String answer = post(echoWithEntity("<!DOCTYPE methodCall [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(faultString(answer)).contains(DOCTYPE_REFUSED);
        assertThat(answer).doesNotContain("root:");
    }

    @Test
    void externalHttpEntityAndDtdAreNeverFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort();
            String entity = post(echoWithEntity("<!DOCTYPE methodCall [<!ENTITY xxe SYSTEM \"" + url + "/entity\">]>"));
            String dtd = post(echoWithEntity("<!DOCTYPE methodCall SYSTEM \"" + url + "/evil.dtd\">"));
            String parameterEntity = post(echoWithEntity("<!DOCTYPE methodCall [<!ENTITY % remote SYSTEM \""
                    + url + "/p.dtd\"> %remote;]>"));
            for (String answer : new String[] {entity, dtd, parameterEntity}) {
                assertThat(faultCode(answer)).isEqualTo(-32700);
                assertThat(faultString(answer)).contains(DOCTYPE_REFUSED);
            }
            listener.setSoTimeout(300);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE methodCall [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("<!ENTITY xxe \"&lol9;\">]>");
        String answer = post(echoWithEntity(doctype.toString()));
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(faultString(answer)).contains(DOCTYPE_REFUSED);
        assertThat(answer.length()).isLessThan(1000);
    }

    @Test
    void serializableExtensionIsRefusedAndNeverDeserialized() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Tripwire());
        }
        String payload = Base64.getEncoder().encodeToString(bytes.toByteArray());
        Tripwire.TRIPPED.set(false);
        String answer = post(methodCall("test.echo", "<value><ex:serializable "
                + "xmlns:ex='http://ws.apache.org/xmlrpc/namespaces/extensions'>" + payload + "</ex:serializable></value>"));
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(faultString(answer)).contains("serializable").contains("isEnabledForExtensions");
        assertThat(Tripwire.TRIPPED).isFalse();
    }

    @Test
    void otherApacheExtensionsAreRefused() {
        for (String type : new String[] {"dom", "bigdecimal", "biginteger", "float", "i1", "i2", "dateTime"}) {
            String answer = post(methodCall("test.echo", "<value><ex:" + type
                    + " xmlns:ex='http://ws.apache.org/xmlrpc/namespaces/extensions'>1</ex:" + type + "></value>"));
            assertThat(faultCode(answer)).as(type).isEqualTo(-32700);
        }
    }

    @Test
    void xincludeIsNotProcessed() {
        String answer = post("<methodCall xmlns:xi='http://www.w3.org/2001/XInclude'><methodName>test.echo"
                + "</methodName><params><param><value><string><xi:include href='file:///etc/passwd' parse='text'/>"
                + "</string></value></param></params></methodCall>");
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(answer).doesNotContain("root:");
    }

    @Test
    void malformedXmlIsParseFaultWithTheParsersMessage() {
        String answer = post("<methodCall><methodName>test.echo</methodName><params></methodCall>");
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(faultString(answer)).contains("params").matches(".+: line 1, column \\d+");
    }

    @Test
    void emptyBodyIsParseFault() {
        assertThat(faultCode(post(""))).isEqualTo(-32700);
    }

    @Test
    void rawControlCharacterIsParseFault() {
        String answer = post(methodCall("test.echo", "<value><string>ctl\u0001char</string></value>"));
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(faultString(answer)).contains("invalid XML character");
    }

    @Test
    void invalidUtf8IsParseFault() {
        byte[] prefix = "<?xml version='1.0'?><methodCall><methodName>test.echo</methodName><params><param><value><string>"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] reversedMultibyte = {(byte) 0xA9, (byte) 0xC3, (byte) 0xBC, (byte) 0xE2};
        byte[] suffix = "</string></value></param></params></methodCall>".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(prefix);
        body.writeBytes(reversedMultibyte);
        body.writeBytes(suffix);
        var exchange = kit.post(ADMIN, "application/xml", body.toByteArray());
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(faultCode(exchange.responseText())).isEqualTo(-32700);
        assertThat(faultString(exchange.responseText())).containsIgnoringCase("UTF-8");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        XmlRpcKit shallow = new XmlRpcKit(new Limits(1 << 20, 3, 1 << 20, 10));
        String three = "<value><array><data><value><struct><member><name>a</name><value><array><data>"
                + "</data></array></value></member></struct></value></data></array></value>";
        assertThat(shallow.call(methodCall("test.typeOf", three)))
                .isEqualTo(response("<value><string>java.util.ArrayList</string></value>"));
        String four = "<value><array><data><value><array><data><value><array><data><value><array><data>"
                + "</data></array></value></data></array></value></data></array></value></data></array></value>";
        String answer = shallow.call(methodCall("test.typeOf", four));
        assertThat(faultCode(answer)).isEqualTo(413);
        assertThat(faultString(answer)).contains("nested at most 3 deep");
    }

    @Test
    void deeplyNestedArraysUnderDefaultLimitDoNotOverflow() {
        String deep = "<value><array><data>".repeat(5000) + "</data></array></value>".repeat(5000);
        assertThat(faultCode(post(methodCall("test.typeOf", deep)))).isEqualTo(413);
    }

    @Test
    void stringLongerThanTheLimitIsRefused() {
        XmlRpcKit strict = new XmlRpcKit(new Limits(1 << 20, 8, 100, 10));
        assertThat(strict.call(methodCall("test.echo", "<value><string>" + "x".repeat(100) + "</string></value>")))
                .isEqualTo(response("<value><string>" + "x".repeat(100) + "</string></value>"));
        String answer = strict.call(methodCall("test.echo", "<value>" + "x".repeat(101) + "</value>"));
        assertThat(faultCode(answer)).isEqualTo(413);
        assertThat(faultCode(strict.call(methodCall("test.echo",
                "<value><base64>" + "QUJD".repeat(26) + "</base64></value>")))).isEqualTo(413);
    }

    @Test
    void doublesNoDoubleHoldsAreParseFaults() {
        for (String value : new String[] {"1e999999", "-1e999999", "Infinity", "NaN"}) {
            String answer = post(methodCall("test.echo", "<value><double>" + value + "</double></value>"));
            assertThat(faultCode(answer)).as(value).isEqualTo(-32700);
            assertThat(faultString(answer)).as(value).startsWith("double value out of range: " + value);
        }
        String pythonInfinity = post(methodCall("test.echo", "<value><double>inf</double></value>"));
        assertThat(faultCode(pythonInfinity)).isEqualTo(-32700);
        assertThat(faultString(pythonInfinity)).startsWith("Failed to parse double value: inf");
    }

    @Test
    void readerIsReusableAfterAFailedParse() {
        post("<methodCall><broken");
        assertThat(post(methodCall("test.echo", "<value><int>3</int></value>")))
                .isEqualTo(response("<value><int>3</int></value>"));
    }
}
