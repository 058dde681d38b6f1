package io.polyport.xmlrpc;

import static io.polyport.xmlrpc.XmlRpcKit.ADMIN;
import static io.polyport.xmlrpc.XmlRpcKit.NO_XML_RPC;
import static io.polyport.xmlrpc.XmlRpcKit.USER;
import static io.polyport.xmlrpc.XmlRpcKit.fault;
import static io.polyport.xmlrpc.XmlRpcKit.faultCode;
import static io.polyport.xmlrpc.XmlRpcKit.faultString;
import static io.polyport.xmlrpc.XmlRpcKit.methodCall;
import static io.polyport.xmlrpc.XmlRpcKit.response;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.spi.testing.BufferedExchange;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every failure is a fault with Trac's code, carried with HTTP 200. */
class FaultTest {
    private static final String XML_RPC_DENIED =
            "XML_RPC privileges are required to perform this operation. You don't have the required permissions.";

    private final XmlRpcKit kit = new XmlRpcKit();

    private static String string(String text) {
        return "<value><string>" + text + "</string></value>";
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyErrorCodeBecomesItsTracFaultCode(ErrorCode code) {
        BufferedExchange exchange = kit.post(ADMIN, "text/xml",
                methodCall("test.fail", string(code.name()), string("went &lt;wrong&gt; &amp; stayed")).getBytes(StandardCharsets.UTF_8));
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.responseText()).isEqualTo(fault(code.faultCode(), "went &lt;wrong&gt; &amp; stayed"));
    }

    @Test
    void notFoundIs404WithTheServicesMessage() {
        assertThat(kit.call(methodCall("test.missing", "<value><int>9999</int></value>")))
                .isEqualTo(fault(404, "Ticket 9999 does not exist."));
    }

    @Test
    void unknownMethodIsMinus32601() {
        assertThat(kit.call(methodCall("system.doesNotExist")))
                .isEqualTo(fault(-32601, "RPC method \"system.doesNotExist\" not found"));
    }

    @Test
    void wrongArityAndWrongTypesAreMinus32602() {
        assertThat(faultCode(kit.call(methodCall("system.listMethods", string("hello"))))).isEqualTo(-32602);
        assertThat(faultCode(kit.call(methodCall("test.missing")))).isEqualTo(-32602);
        String wrongType = kit.call(methodCall("test.missing",
                "<value><struct><member><name>a</name><value><int>1</int></value></member></struct></value>"));
        assertThat(faultCode(wrongType)).isEqualTo(-32602);
        assertThat(faultString(wrongType)).contains("test.missing").contains("id");
    }

    @Test
    void callerWithoutXmlRpcIsDeniedWithTracsMessage() {
        assertThat(kit.call(NO_XML_RPC, methodCall("system.getAPIVersion"))).isEqualTo(fault(403, XML_RPC_DENIED));
    }

    @Test
    void methodPermissionIsCheckedPerMethod() {
        assertThat(kit.call(USER, methodCall("test.adminOnly"))).isEqualTo(fault(403,
                "TICKET_ADMIN privileges are required to perform this operation. You don't have the required permissions."));
        assertThat(kit.call(ADMIN, methodCall("test.adminOnly"))).isEqualTo(response("<value><int>42</int></value>"));
    }

    @Test
    void unexpectedFailureIsFaultOneWithoutInternals() {
        String answer = kit.call(methodCall("test.crash"));
        assertThat(faultCode(answer)).isEqualTo(1);
        assertThat(faultString(answer)).contains("test.crash").contains("req-7")
                .doesNotContain(TestServiceImpl.SECRET).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void methodCallWithoutMethodNameIsInvalidRequest() {
        assertThat(faultCode(kit.call("<methodCall></methodCall>"))).isEqualTo(-32600);
    }

    @Test
    void wrongRootElementIsParseFault() {
        String answer = kit.call("<methodResponse><params/></methodResponse>");
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(faultString(answer)).contains("methodCall");
    }

    @Test
    void unknownTypeIsParseFault() {
        String answer = kit.call(methodCall("test.echo", "<value><float>1.5</float></value>"));
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(faultString(answer)).contains("Unknown type").contains("float");
    }

    @Test
    void badScalarsAreParseFaults() {
        assertThat(faultString(kit.call(methodCall("test.echo", "<value><int>abc</int></value>"))))
                .startsWith("Failed to parse integer value: abc");
        assertThat(faultString(kit.call(methodCall("test.echo", "<value><boolean>yes</boolean></value>"))))
                .startsWith("Failed to parse boolean value: yes");
        assertThat(faultCode(kit.call(methodCall("test.echo", "<value><i8>99999999999999999999</i8></value>"))))
                .isEqualTo(-32700);
        assertThat(faultCode(kit.call(methodCall("test.echo",
                "<value><struct><member><name>a</name></member></struct></value>")))).isEqualTo(-32700);
    }

    @Test
    void paramInsideMethodNameIsParseFault() {
        String answer = kit.call("<methodCall><methodName>test.echo<param><value>x</value></param>"
                + "</methodName></methodCall>");
        assertThat(faultCode(answer)).isEqualTo(-32700);
        assertThat(faultString(answer)).isEqualTo("Invalid XML-RPC request: line 1, column 57");
    }

    @Test
    void parseFaultComesBeforeThePermissionCheck() {
        assertThat(faultCode(kit.call(NO_XML_RPC, "<methodCall>"))).isEqualTo(-32700);
    }

    @Test
    void multicallWrapsSuccessesAndReportsFailuresAsFaultStructs() {
        String calls = "<value><array><data>\n"
                + item("test.echo", string("a")) + item("no.such.method", "") + item("test.missing",
                "<value><int>9999</int></value>\n") + item("test.adminOnly", "")
                + "</data></array></value>";
        String expected = "<value><array><data>\n"
                + "<value><array><data>\n<value><string>a</string></value>\n</data></array></value>\n"
                + faultStruct(-32601, "RPC method \"no.such.method\" not found")
                + faultStruct(404, "Ticket 9999 does not exist.")
                + faultStruct(403, "TICKET_ADMIN privileges are required to perform this operation. "
                + "You don't have the required permissions.")
                + "</data></array></value>";
        assertThat(kit.call(USER, methodCall("system.multicall", calls))).isEqualTo(response(expected));
    }

    @Test
    void multicallOfNothingIsEmptyArray() {
        assertThat(kit.call(methodCall("system.multicall", "<value><array><data>\n</data></array></value>")))
                .isEqualTo(response("<value><array><data>\n</data></array></value>"));
    }

    private static String item(String method, String params) {
        return "<value><struct>\n<member>\n<name>methodName</name>\n" + string(method) + "\n</member>\n"
                + "<member>\n<name>params</name>\n<value><array><data>\n" + params + "</data></array></value>\n"
                + "</member>\n</struct></value>\n";
    }

    private static String faultStruct(int code, String message) {
        return "<value><struct>\n<member>\n<name>faultCode</name>\n<value><int>" + code + "</int></value>\n</member>\n"
                + "<member>\n<name>faultString</name>\n" + string(message) + "\n</member>\n</struct></value>\n";
    }
}
