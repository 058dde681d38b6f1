package io.polyport.tracker.wiki.trac.macros;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Macro arguments as Trac's {@code parse_args} reads them: comma-separated ({@code \,} keeps a comma), each
 * either {@code key=value} or positional, blanks around them removed.
 *
 * @param positional the arguments without a key, in order
 * @param named      the {@code key=value} arguments, keys as written
 */
public record MacroArgs(List<String> positional, Map<String, String> named) {

    public static MacroArgs parse(String text) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == ',') {
                current.append(',');
                i++;
            } else if (c == ',') {
                add(current.toString().strip(), positional, named);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return new MacroArgs(positional, named);
    }

    private static void add(String argument, List<String> positional, Map<String, String> named) {
        int equals = argument.indexOf('=');
        if (equals > 0 && argument.substring(0, equals).chars().allMatch(Character::isLetterOrDigit)) {
            named.put(argument.substring(0, equals), argument.substring(equals + 1));
        } else if (!argument.isEmpty()) {
            positional.add(argument);
        }
    }

    /** Positional argument {@code index}, or {@code fallback}. */
    public String get(int index, String fallback) {
        return index < positional.size() ? positional.get(index) : fallback;
    }
}
