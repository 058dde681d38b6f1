package io.polyport.xmlrpc;

import static io.polyport.xmlrpc.XmlRpcKit.ADMIN;
import static io.polyport.xmlrpc.XmlRpcKit.ANONYMOUS;
import static io.polyport.xmlrpc.XmlRpcKit.USER;
import static io.polyport.xmlrpc.XmlRpcKit.faultCode;
import static io.polyport.xmlrpc.XmlRpcKit.faultString;
import static io.polyport.xmlrpc.XmlRpcKit.methodCall;
import static io.polyport.xmlrpc.XmlRpcKit.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.spi.testing.BufferedExchange;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replays requests captured from Trac 1.6 + TracXMLRPC and compares the answers byte for byte. */
class TracWireCompatibilityTest {
    private final XmlRpcKit kit = new XmlRpcKit();

    private void assertReplay(Caller caller, String request, String response) {
        BufferedExchange exchange = kit.post(caller, "text/xml", resource("trac-wire/" + request + ".request.xml"));
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.responseContentType()).isEqualTo("text/xml");
        assertThat(exchange.responseText())
                .isEqualTo(new String(resource("trac-wire/" + response + ".response.xml"), StandardCharsets.UTF_8));
    }

    @Test
    void ticketGetAnswersArrayOfIntDatesAndStructExactlyAsTrac() {
        assertReplay(ADMIN, "01-xmlrpc-ticket.get", "01-xmlrpc-ticket.get");
    }

    @Test
    void i8ParameterIsAcceptedWhereAnIntIsExpected() {
        assertReplay(ADMIN, "09j-xmlrpc-nil-and-i8-params", "01-xmlrpc-ticket.get");
    }

    @Test
    void binaryIsBase64WithNewlinesAsTracWritesIt() {
        assertReplay(ADMIN, "02c-xmlrpc-ticket.getAttachment-binary", "02c-xmlrpc-ticket.getAttachment-binary");
    }

    @Test
    void unknownMethodFaultIsByteExact() {
        assertReplay(ADMIN, "06-xmlrpc-fault-unknown-method", "06-xmlrpc-fault-unknown-method");
    }

    @Test
    void methodPermissionFaultIsByteExact() {
        assertReplay(USER, "07b-xmlrpc-fault-permission-denied-method-level",
                "07b-xmlrpc-fault-permission-denied-method-level");
    }

    @Test
    void callerWithoutXmlRpcGetsTheXmlRpcPermissionFault() {
        assertReplay(ANONYMOUS, "10b-anon-post-xmlrpc-xml", "10b-anon-post-xmlrpc-xml");
    }

    @Test
    void truncatedBodyIsParseFaultWithPosition() {
        String response = new String(kit.post(ADMIN, "text/xml",
                resource("trac-wire/09e-xmlrpc-fault-parse-error.request.xml")).responseBody(), StandardCharsets.UTF_8);
        assertThat(faultCode(response)).isEqualTo(-32700);
        assertThat(faultString(response)).matches(".+: line 1, column \\d+");
    }

    @Test
    void rawControlCharacterInRequestIsParseFault() {
        String response = new String(kit.post(ADMIN, "text/xml",
                resource("trac-wire/09l-xmlrpc-raw-control-char-in-request.request.xml")).responseBody(),
                StandardCharsets.UTF_8);
        assertThat(faultCode(response)).isEqualTo(-32700);
        assertThat(faultString(response)).contains("invalid XML character").contains("line 6, column");
    }

    /** Trac ticket 9096: a param holding a typed element without its value wrapper; Trac's own test. */
    @Test
    void paramWithoutValueWrapperIsAcceptedTicket9096() {
        String body = "<?xml version=\"1.0\"?><methodCall><methodName>test.create</methodName><params>"
                + "<param><string>test summary</string></param><param><string>test desc</string></param>"
                + "</params></methodCall>";
        BufferedExchange exchange = kit.post(ADMIN, "application/xml", body.getBytes(StandardCharsets.UTF_8));
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.responseContentType()).isEqualTo("application/xml");
        assertThat(exchange.responseText()).isEqualTo("<?xml version='1.0'?>\n<methodResponse>\n<params>\n"
                + "<param>\n<value><int>1</int></value>\n</param>\n</params>\n</methodResponse>\n");
    }

    @Test
    void unwrappedParamsOfEveryShapeDecode() {
        String body = "<methodCall><methodName>test.echo</methodName><params><param>"
                + "<struct><member><name>a</name><value><i8>5</i8></value></member></struct>"
                + "</param></params></methodCall>";
        assertThat(kit.call(body)).isEqualTo(XmlRpcKit.response(
                "<value><struct>\n<member>\n<name>a</name>\n<value><int>5</int></value>\n</member>\n</struct></value>"));
    }

    @Test
    void prettyPrintedParamsWithoutValueWrapperDecode() {
        String body = "<methodCall>\n<methodName>test.echo</methodName>\n<params>\n<param>\n  <array>\n<data>\n"
                + "<value><int>1</int></value>\n</data>\n</array>\n</param>\n</params>\n</methodCall>\n";
        assertThat(kit.call(body)).isEqualTo(XmlRpcKit.response(
                "<value><array><data>\n<value><int>1</int></value>\n</data></array></value>"));
    }

    @Test
    void missingContentTypeIsAnsweredAsTextXml() {
        BufferedExchange exchange = new BufferedExchange("POST", "/xmlrpc", "",
                methodCall("test.none").getBytes(StandardCharsets.UTF_8), new CallContext(ADMIN, "XML-RPC", "r"));
        new XmlRpcProtocol().handle(exchange, kit.gateway());
        assertThat(exchange.responseContentType()).isEqualTo("text/xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/xml", "application/xml", "text/xml; charset=utf-8", "Application/XML;charset=UTF-8"})
    void responseContentTypeEchoesTheRequestVerbatim(String contentType) {
        BufferedExchange exchange = kit.post(ADMIN, contentType,
                methodCall("system.getAPIVersion").getBytes(StandardCharsets.UTF_8));
        assertThat(exchange.responseContentType()).isEqualTo(contentType);
        assertThat(exchange.responseText()).isEqualTo(XmlRpcKit.response("<value><array><data>\n"
                + "<value><int>1</int></value>\n<value><int>2</int></value>\n<value><int>0</int></value>\n"
                + "</data></array></value>"));
    }

    @Test
    void unicodeTravelsAsRawUtf8WithoutEncodingDeclaration() {
        String text = "Ünïcødé € ✓ 𝓁";
        BufferedExchange exchange = kit.post(ADMIN, "text/xml",
                methodCall("test.echo", "<value><string>" + text + "</string></value>").getBytes(StandardCharsets.UTF_8));
        assertThat(exchange.responseBody()).isEqualTo(XmlRpcKit.response("<value><string>" + text + "</string></value>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void requestInAnotherDeclaredEncodingIsDecodedByItsDeclaration() {
        byte[] body = ("<?xml version='1.0' encoding='ISO-8859-1'?><methodCall><methodName>test.echo</methodName>"
                + "<params><param><value>caf\u00e9</value></param></params></methodCall>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(kit.post(ADMIN, "text/xml", body).responseText())
                .isEqualTo(XmlRpcKit.response("<value><string>caf\u00e9</string></value>"));
    }
}
