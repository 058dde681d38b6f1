package io.polyport.plugins.rt.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawFieldParser;

/**
 * The fields and files of a request body: {@code application/x-www-form-urlencoded}, or
 * {@code multipart/form-data} parsed with Apache James mime4j (a form-data body is a MIME multipart).
 */
final class FormBody {
    private static final int MAX_PARTS = 1000;

    final Map<String, List<String>> fields = new LinkedHashMap<>();
    final Map<String, Upload> uploads = new LinkedHashMap<>();

    private FormBody() {
    }

    /** Reads {@code body} according to {@code contentType}; other types give no fields. */
    static FormBody read(String contentType, byte[] body) {
        FormBody form = new FormBody();
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            form.addUrlEncoded(new String(body, StandardCharsets.UTF_8));
        } else if (type.startsWith("multipart/form-data")) {
            form.addMultipart(contentType, body);
        }
        return form;
    }

    /** Adds the pairs of a query string or urlencoded body. */
    void addUrlEncoded(String text) {
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("malformed form encoding");
        }
    }

    private void addMultipart(String contentType, byte[] body) {
        byte[] header = ("Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentDecoding(true);
        parser.setContentHandler(new PartCollector());
        try (InputStream in = new SequenceInputStream(new ByteArrayInputStream(header), new ByteArrayInputStream(body))) {
            parser.parse(in);
        } catch (MimeException | IOException e) {
            throw new BadRequestException("malformed multipart body");
        }
    }

    /** Collects each part's {@code Content-Disposition} name and file name, and its bytes. */
    private final class PartCollector extends AbstractContentHandler {
        private String name;
        private String filename;
        private int parts;

        @Override
        public void startBodyPart() {
            if (++parts > MAX_PARTS) {
                throw new BadRequestException("too many parts");
            }
            name = null;
            filename = null;
        }

        @Override
        public void field(Field field) throws MimeException {
            if (!field.getName().equalsIgnoreCase("Content-Disposition")) {
                return;
            }
            RawBody disposition = RawFieldParser.DEFAULT.parseRawBody(RawFieldParser.DEFAULT.parseField(field.getRaw()));
            for (NameValuePair parameter : disposition.getParams()) {
                if (parameter.getName().equalsIgnoreCase("name")) {
                    name = parameter.getValue();
                } else if (parameter.getName().equalsIgnoreCase("filename")) {
                    filename = parameter.getValue();
                }
            }
        }

        @Override
        public void body(BodyDescriptor descriptor, InputStream in) throws IOException {
            if (name == null) {
                return;
            }
            byte[] bytes = in.readAllBytes();
            if (filename != null) {
                uploads.put(name, new Upload(name, filename, descriptor.getMimeType(), bytes));
            } else {
                String charset = descriptor.getCharset() == null ? "UTF-8" : descriptor.getCharset();
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(new String(bytes, charsetOrUtf8(charset)));
            }
        }
    }

    private static java.nio.charset.Charset charsetOrUtf8(String name) {
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
