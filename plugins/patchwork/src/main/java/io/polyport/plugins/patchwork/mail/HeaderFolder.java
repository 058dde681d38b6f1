package io.polyport.plugins.patchwork.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds a header line the way Python's {@code email.header.Header.encode} folds ASCII text, so stored headers
 * and generated mboxes read as Patchwork's: lines of at most {@code maxLength} characters broken before white
 * space, and a word too long for the first line put on a line of its own after {@code Name: }.
 */
public final class HeaderFolder {
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[ \t]+");

    private HeaderFolder() {
    }

    /** {@code name: value}, folded with {@code \n} and a leading white space on continuation lines. */
    public static String fold(String name, String value, int maxLength) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int offset = name.length() + 2;
        boolean firstLine = true;
        int start = 0;
        String fws = "";
        Matcher space = WHITESPACE_RUN.matcher(value);
        while (true) {
            boolean more = space.find();
            String word = value.substring(start, more ? space.start() : value.length());
            if (!word.isEmpty() || !fws.isEmpty()) {
                int length = (firstLine ? offset : 0) + current.length() + fws.length() + word.length();
                if (length > maxLength && !current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(fws).append(word);
                    firstLine = false;
                } else if (length > maxLength && firstLine && !word.isEmpty()) {
                    lines.add("");
                    current.append(fws.isEmpty() ? " " : fws).append(word);
                    firstLine = false;
                } else {
                    current.append(fws).append(word);
                }
            }
            if (!more) {
                break;
            }
            fws = space.group();
            start = space.end();
        }
        lines.add(current.toString());
        return name + ": " + String.join("\n", lines);
    }
}
