package io.polyport.plugins.rt.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes RT's REST 1.0 text forms as RT's own {@code form_parse} and {@code form_compose} do: forms are
 * separated by {@code --} lines; a field's continuation lines start with white space, and their longest common
 * indent is removed; written multi-line values are indented by the width of {@code "Key: "}.
 */
public final class RtForms {
    private static final Pattern FIELD = Pattern.compile(
            "^((?i:[a-z][a-z0-9_-]*|CF\\.\\{[^,]+\\}|C(?:ustom)?F(?:ield)?-[^,]+)):(?:\\s+(.*))?$");
    private static final Pattern INDENT = Pattern.compile("^(\\s+)");

    private RtForms() {
    }

    /**
     * Parses {@code text} into its forms. A line that is neither a comment at the start, a field nor a
     * continuation is a syntax error.
     *
     * @throws RtSyntaxException naming the first line that could not be read
     */
    public static List<RtForm> parse(String text) {
        List<RtForm> forms = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        RtForm form = new RtForm();
        boolean fieldsStarted = false;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i++];
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("--")) {
                if (!form.isEmpty()) {
                    forms.add(form);
                }
                form = new RtForm();
                fieldsStarted = false;
                continue;
            }
            if (!fieldsStarted && line.startsWith("#")) {
                form.comment(line.replaceFirst("^#\\s?", ""));
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                throw new RtSyntaxException(line);
            }
            List<String> values = new ArrayList<>();
            values.add(field.group(2) == null ? "" : field.group(2));
            while (i < lines.length && (lines[i].isEmpty() || Character.isWhitespace(lines[i].charAt(0)))) {
                values.add(lines[i++]);
            }
            while (values.size() > 1 && values.get(values.size() - 1).isEmpty()) {
                values.remove(values.size() - 1);
            }
            form.add(field.group(1), join(stripCommonIndent(values)));
            fieldsStarted = true;
        }
        if (!form.isEmpty()) {
            forms.add(form);
        }
        return forms;
    }

    /** The one form in {@code text}, empty when there is none. */
    public static RtForm parseOne(String text) {
        List<RtForm> forms = parse(text);
        return forms.isEmpty() ? new RtForm() : forms.get(0);
    }

    /** Writes forms as RT does, separated by {@code --}. */
    public static String compose(List<RtForm> forms) {
        List<String> texts = new ArrayList<>();
        for (RtForm form : forms) {
            StringBuilder text = new StringBuilder();
            for (String comment : form.comments()) {
                text.append("# ").append(comment).append('\n');
            }
            if (!form.comments().isEmpty()) {
                text.append('\n');
            }
            List<String> lines = new ArrayList<>();
            for (RtForm.Field field : form.fields()) {
                appendField(lines, field.key(), field.joined());
            }
            lines.forEach(text::append);
            texts.add(text.toString());
        }
        return String.join("\n--\n\n", texts);
    }

    /**
     * Appends {@code Key: value}; a multi-line value is indented by the width of {@code "Key: "} (4 when that is
     * wider than 16) and set off by blank lines, as RT's {@code form_compose} does.
     */
    private static void appendField(List<String> lines, String key, String value) {
        if (!value.contains("\n")) {
            lines.add(key + ": " + value + "\n");
            return;
        }
        int width = key.length() + 2;
        String indent = " ".repeat(width > 16 ? 4 : width);
        String body = value.endsWith("\n")
                ? value.substring(0, value.length() - 1).replace("\n", "\n" + indent) + "\n"
                : value.replace("\n", "\n" + indent);
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).endsWith("\n\n")) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n");
        }
        lines.add(key + ": " + body + "\n\n");
    }

    private static List<String> stripCommonIndent(List<String> values) {
        String common = null;
        for (String value : values.subList(1, values.size())) {
            Matcher indent = INDENT.matcher(value);
            if (indent.find() && (common == null || indent.group(1).length() < common.length())) {
                common = indent.group(1);
            }
        }
        List<String> stripped = new ArrayList<>(values.size());
        for (String value : values) {
            stripped.add(common != null && value.startsWith(common) ? value.substring(common.length()) : value);
        }
        while (stripped.size() > 1 && stripped.get(0).isEmpty()) {
            stripped.remove(0);
        }
        return stripped;
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines);
    }
}
