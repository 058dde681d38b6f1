package io.polyport.xmlrpc;

import static io.polyport.xmlrpc.XmlRpcKit.methodCall;
import static io.polyport.xmlrpc.XmlRpcKit.response;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Characters XML cannot carry are replaced by U+FFFD in responses, at the edges of every illegal range, as in
 * Trac's "invalid XML characters" test; legal characters, astral ones included, pass unchanged.
 */
class IllegalCharacterTest {
    private final XmlRpcKit kit = new XmlRpcKit();

    private String characterResponse(int codePoint) {
        return kit.call(methodCall("test.character", "<value><int>" + codePoint + "</int></value>"));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0, 0x8, 0xB, 0xC, 0xE, 0x1F, 0x7F, 0x84, 0x86, 0x9F, 0xFDD0, 0xFDDF, 0xFFFE, 0xFFFF,
        0x1FFFE, 0x1FFFF, 0x2FFFE, 0x8FFFF, 0xFFFFE, 0xFFFFF, 0x10FFFE, 0x10FFFF, 0xD800, 0xDFFF})
    void illegalCharacterBecomesReplacementCharacter(int codePoint) {
        assertThat(characterResponse(codePoint)).isEqualTo(response("<value><string>\uFFFD</string></value>"));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x9, 0xA, 0xD, 0x20, 0x7E, 0x85, 0xA0, 0xE9, 0xD7FF, 0xE000, 0xFDCF, 0xFDE0, 0xFFFD,
        0x10000, 0x1D4C1, 0x1FFFD, 0x10FFFD})
    void legalCharacterPassesUnchanged(int codePoint) {
        assertThat(characterResponse(codePoint))
                .isEqualTo(response("<value><string>" + Character.toString(codePoint) + "</string></value>"));
    }

    @Test
    void astralCharacterIsFourBytesOfUtf8() {
        byte[] body = kit.post(XmlRpcKit.ADMIN, "text/xml",
                methodCall("test.character", "<value><int>120001</int></value>").getBytes(StandardCharsets.UTF_8))
                .responseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("<string>\uD835\uDCC1</string>");
        assertThat(body).containsSubsequence((byte) 0xF0, (byte) 0x9D, (byte) 0x93, (byte) 0x81);
    }

    @Test
    void controlCharacterReferenceAllowedByXml11IsReplacedInTheAnswer() {
        String body = "<?xml version='1.1'?><methodCall><methodName>test.echo</methodName><params><param>"
                + "<value><string>a&#1;b</string></value></param></params></methodCall>";
        assertThat(kit.call(body)).isEqualTo(response("<value><string>a\uFFFDb</string></value>"));
    }

    @Test
    void textLongerThanOneChunkIsEscapedCompletely() {
        String text = "a&<>\u0001\uD835\uDCC1".repeat(1000);
        XmlOutput out = new XmlOutput(16);
        out.text(text);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("a&amp;&lt;&gt;\uFFFD\uD835\uDCC1".repeat(1000));
    }

    @Test
    void unpairedSurrogatesAreReplaced() {
        XmlOutput out = new XmlOutput(4);
        out.text("x\uD835").text("\uDCC1y\uD835");
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("x\uFFFD\uFFFDy\uFFFD");
    }
}
