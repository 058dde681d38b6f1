package io.polyport.tracker.wiki.trac;

import io.polyport.core.wiki.MacroContext;

/**
 * Headings {@code = Title =} to {@code ====== Title ======} (closing {@code =} optional), with the anchor
 * given ({@code = Title = #anchor}) or made from the heading's text as Trac makes it.
 */
final class Heading {
    private Heading() {
    }

    /** Writes {@code line} as a heading and answers true if it is one. */
    static boolean write(Rendering rendering, String line, BlockFormatter formatter, StringBuilder out) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        int depth = 0;
        while (i + depth < line.length() && line.charAt(i + depth) == '=') {
            depth++;
        }
        int textStart = i + depth;
        if (depth == 0 || depth > 6 || textStart >= line.length() || line.charAt(textStart) != ' ') {
            return false;
        }
        String text = line.substring(textStart).strip();
        String anchor = null;
        int hash = anchorStart(text);
        if (hash >= 0) {
            anchor = text.substring(hash + 1);
            text = text.substring(0, hash).strip();
        }
        String closing = "=".repeat(depth);
        if (text.endsWith(closing)) {
            text = text.substring(0, text.length() - depth).strip();
        }
        formatter.closeBlocks();
        String html = rendering.toInlineHtml(text);
        String plain = PlainText.of(html);
        anchor = rendering.state().uniqueAnchor(anchor != null ? anchor : anchorOf(plain));
        rendering.state().headings.add(new MacroContext.Heading(depth, anchor, plain));
        out.append("<h").append(depth).append(" id=\"").append(io.polyport.core.wiki.Html.escape(anchor))
                .append("\">").append(html).append("</h").append(depth).append('>');
        return true;
    }

    /** Where a trailing {@code #anchor} (an XML name not starting with a digit) begins, or -1. */
    private static int anchorStart(String text) {
        int i = text.length();
        while (i > 0 && isNameChar(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || i == text.length() || text.charAt(i - 1) != '#') {
            return -1;
        }
        char first = text.charAt(i);
        return Character.isDigit(first) || first == '.' || first == '-' ? -1 : i - 1;
    }

    /** Trac's anchor for a heading: its text without characters outside {@code [\w:.-]}, starting with a letter. */
    static String anchorOf(String plain) {
        StringBuilder anchor = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (isNameChar(plain.charAt(i))) {
                anchor.append(plain.charAt(i));
            }
        }
        if (anchor.isEmpty() || Character.isDigit(anchor.charAt(0)) || anchor.charAt(0) == '.'
                || anchor.charAt(0) == '-') {
            anchor.insert(0, 'a');
        }
        return anchor.toString();
    }

    private static boolean isNameChar(char c) {
        return LineScan.isWord(c) || c == ':' || c == '.' || c == '-';
    }
}
