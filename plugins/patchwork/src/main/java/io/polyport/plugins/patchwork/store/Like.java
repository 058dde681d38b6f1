package io.polyport.plugins.patchwork.store;

import java.util.Locale;

/** {@code LIKE} patterns for case-insensitive matching ({@code LOWER(column) LIKE ? ESCAPE '\'}). */
final class Like {
    private Like() {
    }

    static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    static String startingWith(String text) {
        return escape(text) + "%";
    }

    static String endingWith(String text) {
        return "%" + escape(text);
    }

    private static String escape(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
