package io.polyport.core.wiki;

/** Escaping text into HTML, for macros and renderers. */
public final class Html {
    private Html() {
    }

    /** {@code text} escaped for HTML element content and double-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(text, 0, text.length(), true, out);
        return out.toString();
    }

    /** {@code text} escaped for HTML element content only: quotes stay as they are. */
    public static String escapeText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(text, 0, text.length(), false, out);
        return out.toString();
    }

    /** Appends {@code text[from, to)} to {@code out}, escaped as by {@link #escape} or, without quotes, as text. */
    public static void escapeTo(CharSequence text, int from, int to, boolean quotes, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(quotes ? "&#34;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
