package io.polyport.plugins.patchwork.mail;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/** Header values as Patchwork's {@code clean_header} reads them: RFC 2047 words decoded, white space collapsed. */
public final class HeaderText {
    private HeaderText() {
    }

    /** The decoded value with every run of white space turned into one space, trimmed. */
    public static String clean(String raw) {
        return normaliseSpace(DecoderUtil.decodeEncodedWords(raw, DecodeMonitor.SILENT));
    }

    /** Every run of white space as one space, trimmed. */
    public static String normaliseSpace(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }
}
