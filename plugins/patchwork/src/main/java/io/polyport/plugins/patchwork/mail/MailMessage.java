package io.polyport.plugins.patchwork.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One parsed mail as the patch parser needs it: its header fields in order (raw values, unfolded), decoded
 * header values, its date and the text parts of its body, decoded.
 *
 * @param headers   every header field, in order
 * @param date      the {@code Date} header, or empty when absent or unparsable
 * @param textParts the decoded {@code text/*} parts, in document order
 */
public record MailMessage(List<HeaderField> headers, Optional<Instant> date, List<TextPart> textParts) {

    /** One header field: its name as written and its value, unfolded but not decoded. */
    public record HeaderField(String name, String value) {
    }

    /** A {@code text/*} part: the decoded text and the media subtype ({@code plain}, {@code x-patch}, ...). */
    public record TextPart(String text, String subtype) {
    }

    public MailMessage {
        headers = List.copyOf(headers);
        textParts = List.copyOf(textParts);
    }

    /** Whether a header of that name (case-insensitive) is present. */
    public boolean has(String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
    }

    /** The first value of {@code name}, decoded (RFC 2047) and with runs of white space collapsed. */
    public Optional<String> header(String name) {
        return all(name).stream().findFirst();
    }

    /** Every value of {@code name}, decoded and normalised, in order. */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (HeaderField field : headers) {
            if (field.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                values.add(HeaderText.clean(field.value()));
            }
        }
        return values;
    }
}
