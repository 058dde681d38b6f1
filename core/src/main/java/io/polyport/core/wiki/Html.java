package io.polyport.core.wiki;

/** Escaping text into HTML, for macros and renderers. */
public final class Html {
    private Html() {
    }

    /** {@code text} escaped for HTML element content and double-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(text, 0, text.length(), out);
        return out.toString();
    }

    /** Appends {@code text[from, to)} to {@code out}, escaped as by {@link #escape}. */
    public static void escapeTo(CharSequence text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                default -> out.append(c);
            }
        }
    }
}
