package io.polyport.xmlrpc;

import static io.polyport.xmlrpc.XmlRpcKit.ADMIN;
import static io.polyport.xmlrpc.XmlRpcKit.methodCall;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.spi.testing.BufferedExchange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Thousands of randomly mangled requests (fixed seed): each gets HTTP 200 and a well-formed XML-RPC answer,
 * either a result or a fault with a client-error code, never an internal error.
 */
class MangledRequestTest {
    private static final List<String> SEEDS = List.of(
            methodCall("test.echo", "<value><struct>\n<member>\n<name>a</name>\n<value><array><data>\n"
                    + "<value><i8>5</i8></value>\n<value><nil/></value>\n<value>text</value>\n</data></array></value>\n"
                    + "</member>\n</struct></value>"),
            methodCall("test.echo", "<value><base64>AAECaGVsbG//</base64></value>",
                    "<value><dateTime.iso8601>20000101T00:00:00</dateTime.iso8601></value>"),
            methodCall("test.echo", "<value><double>0.125</double></value>", "<value><boolean>1</boolean></value>"),
            "<methodCall><methodName>test.echo</methodName><params><param><string>x</string></param></params></methodCall>");
    private static final String[] TOKENS = {"<", ">", "/", "&", ";", "&amp;", "&#1;", "<value>", "</value>", "<nil/>",
        "<struct>", "</member>", "<array>", "<data>", "<ex:nil/>", "xmlns:ex='x'", "\u0000", "\u00e9", "\"", "'", "]]>",
        "<![CDATA[", "<?pi?>", "<!--", "-->", "1", "-", "T", ":"};
    private static final Set<Integer> CLIENT_FAULTS = Set.of(-32700, -32600, -32601, -32602, 413);

    private final XmlRpcKit kit = new XmlRpcKit();
    private final Random random = new Random(7);

    @Test
    void everyMangledRequestGetsAWellFormedAnswerAndNoInternalError() throws Exception {
        DocumentBuilderFactory xml = DocumentBuilderFactory.newDefaultInstance();
        xml.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (int i = 0; i < 4000; i++) {
            String request = mangle(SEEDS.get(i % SEEDS.size()));
            BufferedExchange exchange = kit.post(ADMIN, "text/xml", request.getBytes(StandardCharsets.UTF_8));
            assertThat(exchange.status()).isEqualTo(200);
            Document answer = xml.newDocumentBuilder().parse(new ByteArrayInputStream(exchange.responseBody()));
            if (answer.getElementsByTagName("fault").getLength() > 0) {
                assertThat(CLIENT_FAULTS).as(request + "\n->\n" + exchange.responseText())
                        .contains(XmlRpcKit.faultCode(exchange.responseText()));
            }
        }
    }

    private String mangle(String seed) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                default -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(12)));
            }
        }
        return text.toString();
    }
}
