package io.polyport.plugins.patchwork.mail;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a mail's body holds, split as Patchwork's {@code find_patch_content}/{@code find_comment_content} split
 * it: the diff (for a patch) and the message around it, with the signature and list footer removed.
 *
 * @param diff    the diff, when the mail carries one (as {@code text/x-patch} or inline)
 * @param message the rest of the text, cleaned; may be empty
 */
public record MailContent(Optional<String> diff, String message) {
    private static final Pattern SIGNATURE = Pattern.compile("^(-- |_+)\\n.*", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern PULL_REQUEST = Pattern.compile(
            "^The following changes since commit.*"
                    + "^are available in the git repository at:\\s*\\n"
                    + "^\\s*([\\w+-]+(?:://|@)[\\w/.@:~-]+[\\s\\\\]*[\\w/._-]*)\\s*$",
            Pattern.DOTALL | Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A patch mail: an attached or inline diff, and the message. */
    public static MailContent ofPatch(List<MailMessage.TextPart> parts) {
        String diff = null;
        StringBuilder comment = new StringBuilder();
        for (MailMessage.TextPart part : parts) {
            if (part.subtype().equals("x-patch") || part.subtype().equals("x-diff")) {
                diff = part.text();
            } else if (part.subtype().equals("plain")) {
                String text = part.text();
                if (diff == null) {
                    DiffSplitter.Split split = DiffSplitter.split(text);
                    diff = split.diff();
                    text = split.comment();
                }
                if (text != null) {
                    comment.append(text.strip()).append('\n');
                }
            }
        }
        return new MailContent(Optional.ofNullable(diff), clean(comment.toString()));
    }

    /** A reply: the text of its plain parts. */
    public static MailContent ofComment(List<MailMessage.TextPart> parts) {
        StringBuilder comment = new StringBuilder();
        for (MailMessage.TextPart part : parts) {
            if (!part.text().isEmpty() && part.subtype().equals("plain")) {
                comment.append(part.text().strip()).append('\n');
            }
        }
        return new MailContent(Optional.empty(), clean(comment.toString()));
    }

    /** Whether there is anything to file. */
    public boolean isEmpty() {
        return diff.isEmpty() && message.isEmpty();
    }

    /** The repository URL of a {@code git request-pull} message, if the message is one. */
    public Optional<String> pullUrl() {
        Matcher m = PULL_REQUEST.matcher(message);
        return m.find() ? Optional.of(m.group(1).replaceAll("\\s+", " ").strip()) : Optional.empty();
    }

    private static String clean(String content) {
        return SIGNATURE.matcher(content).replaceFirst("").strip();
    }
}
