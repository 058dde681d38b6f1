package io.polyport.plugins.patchwork.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.EncoderUtil;

/**
 * Writes a patch as the mbox Patchwork serves ({@code patch_get_mbox}, {@code /mbox/}): its stored headers, the
 * submitter and id as {@code X-Patchwork-*} headers, the message with the {@code Acked-by}/{@code Reviewed-by}/...
 * lines of its replies added before the {@code ---} separator, and the diff — ready for {@code git am}.
 */
public final class MboxWriter {
    private static final Pattern POSTSCRIPT = Pattern.compile("^-{2,3} ?$", Pattern.MULTILINE);
    private static final Pattern RESPONSE = Pattern.compile(
            "^(Tested|Reviewed|Acked|Signed-off|Nacked|Reported)-by:.*$",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final Set<String> GENERATED_HEADERS =
            Set.of("content-type", "content-transfer-encoding", "mime-version");
    private static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss '-0000'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int MAX_LINE = 78;

    /**
     * What a patch's mbox is made of.
     *
     * @param id             the patch id
     * @param date           when it was sent
     * @param headers        its stored header lines ({@code Name: value}, newline separated)
     * @param content        its message (may be null)
     * @param diff           its diff (may be null)
     * @param submitterName  the submitter's name (may be null)
     * @param submitterEmail the submitter's address
     * @param listEmail      the project's list address (a {@code From:} of the list is replaced by the submitter)
     * @param replies        the contents of its replies, oldest first
     */
    public record Source(long id, Instant date, String headers, String content, String diff, String submitterName,
                         String submitterEmail, String listEmail, List<String> replies) {
    }

    private MboxWriter() {
    }

    /** The mbox text of one patch. */
    public static String write(Source patch) {
        String body = body(patch);
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(body);
        List<String> lines = new ArrayList<>();
        lines.add("From patchwork " + CTIME.format(patch.date()));
        lines.add("Content-Type: text/plain; charset=\"utf-8\"");
        lines.add("MIME-Version: 1.0");
        lines.add("Content-Transfer-Encoding: " + (ascii ? "7bit" : "8bit"));
        String submitter = address(patch.submitterName(), patch.submitterEmail());
        lines.add(HeaderFolder.fold("X-Patchwork-Submitter", submitter, MAX_LINE));
        lines.add("X-Patchwork-Id: " + patch.id());
        boolean hasDate = false;
        for (String[] header : storedHeaders(patch.headers())) {
            String name = header[0];
            String value = header[1];
            if (GENERATED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (name.equalsIgnoreCase("From") && fromAddress(value).equalsIgnoreCase(patch.listEmail())) {
                lines.add(HeaderFolder.fold("X-Patchwork-Original-From", value, MAX_LINE));
                value = submitter;
            }
            hasDate |= name.equalsIgnoreCase("Date");
            lines.add(value.contains("\n") ? name + ": " + value : HeaderFolder.fold(name, value, MAX_LINE));
        }
        if (!hasDate) {
            lines.add("Date: " + RFC_DATE.format(patch.date()));
        }
        return String.join("\n", lines) + "\n\n" + body;
    }

    private static String body(Source patch) {
        String body = patch.content() == null ? "" : patch.content().strip() + "\n";
        String postscript = "";
        String[] parts = POSTSCRIPT.split(body, 2);
        if (parts.length == 2) {
            body = parts[0].strip() + "\n";
            postscript = parts[1].stripTrailing();
        }
        StringBuilder out = new StringBuilder(body);
        for (String reply : patch.replies()) {
            Matcher responses = RESPONSE.matcher(reply == null ? "" : reply);
            while (responses.find()) {
                out.append(responses.group()).append('\n');
            }
        }
        if (!postscript.isEmpty()) {
            out.append("---").append(postscript).append('\n');
        }
        if (patch.diff() != null && !patch.diff().isEmpty()) {
            out.append('\n').append(patch.diff());
        }
        return out.toString();
    }

    /** Splits stored header text into name and value, keeping folded continuation lines with their value. */
    private static List<String[]> storedHeaders(String headers) {
        List<String[]> result = new ArrayList<>();
        for (String line : headers.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && !result.isEmpty()) {
                String[] last = result.get(result.size() - 1);
                last[1] = last[1] + "\n" + line;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                result.add(new String[] {line.substring(0, colon), line.substring(colon + 1).stripLeading()});
            }
        }
        return result;
    }

    /** {@code Name <address>} as Python's {@code formataddr} writes it. */
    static String address(String name, String email) {
        if (name == null || name.isEmpty()) {
            return email;
        }
        String display;
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
            display = EncoderUtil.encodeEncodedWord(name, EncoderUtil.Usage.TEXT_TOKEN, 0,
                    StandardCharsets.UTF_8, EncoderUtil.Encoding.B);
        } else if (name.matches(".*[\\]\\[\\\\()<>@,:;\".].*")) {
            display = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        } else {
            display = name;
        }
        return display + " <" + email + ">";
    }

    private static String fromAddress(String value) {
        return Optional.of(Senders.split(HeaderText.clean(value))).map(Senders.Sender::email).orElse("");
    }
}
