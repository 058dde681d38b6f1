package io.polyport.plugins.patchwork.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses one RFC 5322 mail with Apache James mime4j into a {@link MailMessage}. Text parts are decoded as
 * Patchwork does: with their declared charset when it is known, else UTF-8, else Windows-1252.
 */
public final class MailReader {
    private static final List<Charset> FALLBACK_CHARSETS =
            List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);
    private static final MimeConfig CONFIG = new MimeConfig.Builder()
            .setMaxLineLen(-1)
            .setMaxHeaderLen(-1)
            .setMaxHeaderCount(1000)
            .build();

    private MailReader() {
    }

    /**
     * Parses {@code mail}.
     *
     * @throws MalformedMailException when the mail cannot be parsed
     */
    public static MailMessage read(byte[] mail) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(CONFIG);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try (InputStream in = new ByteArrayInputStream(mail)) {
            Message message = builder.parseMessage(in);
            try {
                List<MailMessage.HeaderField> headers = new ArrayList<>();
                for (Field field : message.getHeader().getFields()) {
                    headers.add(new MailMessage.HeaderField(field.getName(), unfold(field.getBody())));
                }
                List<MailMessage.TextPart> parts = new ArrayList<>();
                collectText(message, parts);
                return new MailMessage(headers, date(message), parts);
            } finally {
                message.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new MalformedMailException("the mail could not be parsed: " + e.getMessage(), e);
        }
    }

    private static Optional<Instant> date(Message message) {
        try {
            Date date = message.getDate();
            return Optional.ofNullable(date).map(Date::toInstant);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String unfold(String value) {
        return value == null ? "" : value.replaceAll("\r?\n(?=[ \t])", "");
    }

    /** Walks the entity tree as Python's {@code Message.walk()} does and keeps the {@code text/*} leaves. */
    private static void collectText(Entity entity, List<MailMessage.TextPart> parts) throws IOException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collectText(part, parts);
            }
        } else if (body instanceof Message nested) {
            collectText(nested, parts);
        } else if (body instanceof SingleBody single) {
            String mimeType = entity.getMimeType().toLowerCase(Locale.ROOT);
            if (mimeType.startsWith("text/")) {
                byte[] bytes;
                try (InputStream in = single.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                decode(bytes, declaredCharset(entity))
                        .ifPresent(text -> parts.add(new MailMessage.TextPart(text, mimeType.substring(5))));
            }
        }
    }

    private static String declaredCharset(Entity entity) {
        Field field = entity.getHeader().getField("Content-Type");
        return field instanceof ContentTypeField contentType ? contentType.getCharset() : null;
    }

    private static Optional<String> decode(byte[] bytes, String declared) {
        List<Charset> candidates = new ArrayList<>();
        if (declared != null) {
            try {
                candidates.add(Charset.forName(declared));
            } catch (IllegalArgumentException unknown) {
                candidates.addAll(FALLBACK_CHARSETS);
            }
        } else {
            candidates.addAll(FALLBACK_CHARSETS);
        }
        for (Charset charset : candidates) {
            try {
                return Optional.of(charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                // try the next candidate
            }
        }
        return Optional.empty();
    }
}
