package io.polyport.tracker.search;

/** Text helpers for result titles, after Trac's {@code shorten_line} and HTML escaping. */
final class Html {
    private static final int TITLE_LENGTH = 75;

    private Html() {
    }

    /** {@code text} escaped for HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The first line of {@code text}, cut at a word boundary with {@code " ..."} when longer than 75 characters. */
    static String shortenLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        if (line.length() < TITLE_LENGTH) {
            return line;
        }
        int space = line.lastIndexOf(' ', TITLE_LENGTH);
        return line.substring(0, space > 0 ? space : TITLE_LENGTH) + " ...";
    }
}
