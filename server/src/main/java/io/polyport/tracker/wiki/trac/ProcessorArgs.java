package io.polyport.tracker.wiki.trac;

import static io.polyport.core.wiki.Html.escape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code key=value} parameters of a processor line ({@code #!div class=note style="color: red"}), separated
 * by blanks, {@code ;} or {@code ,}; values may be quoted. Other words are ignored, as in Trac.
 *
 * @param values the parameters in the order given
 */
record ProcessorArgs(Map<String, String> values) {
    /** The parameters that become HTML attributes; the sanitiser still checks their values. */
    private static final Set<String> ATTRIBUTES = Set.of("class", "style", "id", "title", "colspan", "rowspan",
            "align", "lang", "dir");

    static ProcessorArgs parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int key = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            if (i == key || i >= n || text.charAt(i) != '=') {
                i = Math.max(i, key + 1);
                continue;
            }
            String name = text.substring(key, i);
            i++;
            char quote = i < n ? text.charAt(i) : '\0';
            int start = quote == '"' || quote == '\'' ? i + 1 : i;
            int end = start;
            if (start > i) {
                end = text.indexOf(quote, start);
                end = end < 0 ? n : end;
                i = Math.min(n, end + 1);
            } else {
                while (end < n && " ;,".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                i = end;
            }
            values.put(name.toLowerCase(java.util.Locale.ROOT), text.substring(start, end));
        }
        return new ProcessorArgs(values);
    }

    /** The parameters as HTML attributes, {@code class} defaulting to {@code defaultClass} (null: none). */
    String attributes(String defaultClass) {
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> {
            if (ATTRIBUTES.contains(key)) {
                out.append(' ').append(key).append("=\"").append(escape(value)).append('"');
            }
        });
        if (defaultClass != null && !values.containsKey("class")) {
            out.append(" class=\"").append(defaultClass).append('"');
        }
        return out.toString();
    }
}
