package io.polyport.tracker.wiki.trac;

import java.util.ArrayList;
import java.util.List;

/**
 * The inline styles open in a paragraph or list item, closed and reopened as Trac does: closing a style that is
 * not the innermost closes the ones inside it and opens them again; whatever is still open when the block ends
 * is closed then.
 */
final class InlineStyles {
    /** A style toggled by a wiki markup, and its HTML tags. */
    enum Style {
        BOLD("<strong>", "</strong>"),
        CREOLE_BOLD("<strong>", "</strong>"),
        ITALIC("<em>", "</em>"),
        CREOLE_ITALIC("<em>", "</em>"),
        UNDERLINE("<span class=\"underline\">", "</span>"),
        STRIKE("<del>", "</del>"),
        SUBSCRIPT("<sub>", "</sub>"),
        SUPERSCRIPT("<sup>", "</sup>");

        final String open;
        final String close;

        Style(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    private final List<Style> open = new ArrayList<>();

    /** Opens {@code style}, or closes it if it is open. */
    void toggle(Style style, StringBuilder out) {
        if (open.contains(style)) {
            close(style, out);
        } else {
            open.add(style);
            out.append(style.open);
        }
    }

    /** {@code '''''}: closes bold and italic if open, opens those that are not. */
    void toggleBoldItalic(StringBuilder out) {
        boolean bold = open.contains(Style.BOLD);
        boolean italic = open.contains(Style.ITALIC);
        if (bold && italic) {
            boolean italicInner = open.indexOf(Style.ITALIC) > open.indexOf(Style.BOLD);
            close(italicInner ? Style.ITALIC : Style.BOLD, out);
            close(italicInner ? Style.BOLD : Style.ITALIC, out);
        } else if (bold) {
            close(Style.BOLD, out);
            toggle(Style.ITALIC, out);
        } else if (italic) {
            close(Style.ITALIC, out);
            toggle(Style.BOLD, out);
        } else {
            toggle(Style.BOLD, out);
            toggle(Style.ITALIC, out);
        }
    }

    /** Closes every open style. */
    void flush(StringBuilder out) {
        for (int i = open.size() - 1; i >= 0; i--) {
            out.append(open.get(i).close);
        }
        open.clear();
    }

    private void close(Style style, StringBuilder out) {
        int at = open.lastIndexOf(style);
        for (int i = open.size() - 1; i >= at; i--) {
            out.append(open.get(i).close);
        }
        open.remove(at);
        for (int i = at; i < open.size(); i++) {
            out.append(open.get(i).open);
        }
    }
}
