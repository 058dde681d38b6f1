package io.polyport.tracker.wiki.trac;

/** Text of an HTML fragment the renderer produced: tags dropped, the entities it writes decoded. */
final class PlainText {
    private PlainText() {
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                i = close < 0 ? html.length() : close + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String entity = semi < 0 || semi - i > 8 ? null : html.substring(i + 1, semi);
                String decoded = entity == null ? null : decode(entity);
                out.append(decoded == null ? "&" : decoded);
                i = decoded == null ? i + 1 : semi + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot", "#34" -> "\"";
            case "#39" -> "'";
            default -> null;
        };
    }
}
