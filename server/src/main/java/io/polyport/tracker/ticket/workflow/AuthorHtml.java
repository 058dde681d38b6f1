package io.polyport.tracker.ticket.workflow;

/** Renders user names and text inside workflow hints the way Trac's HTML does. */
final class AuthorHtml {
    private AuthorHtml() {
    }

    /** A user name as Trac's author span, {@code (none)} for an empty one. */
    static String of(String name) {
        if (name.isEmpty()) {
            return "<span class=\"trac-author-none\">(none)</span>";
        }
        String css = name.equals("anonymous") ? "trac-author-anonymous" : "trac-author-user";
        return "<span class=\"" + css + "\">" + escape(name) + "</span>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
