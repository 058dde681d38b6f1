package io.polyport.tracker.wiki;

import java.util.Map;

/**
 * The attributes struct of {@code wiki.putPage}, read leniently as Trac does: unknown keys are ignored,
 * {@code readonly} may be a boolean, a number or a numeric string.
 *
 * @param comment  the change comment, or null
 * @param author   the author to record instead of the caller, or null
 * @param readonly the requested read-only flag, or null to keep the page's
 */
record PageAttributes(String comment, String author, Boolean readonly) {

    static PageAttributes of(Map<String, Object> attributes) {
        if (attributes == null) {
            return new PageAttributes(null, null, null);
        }
        Object comment = attributes.get("comment");
        Object author = attributes.get("author");
        return new PageAttributes(comment == null ? null : comment.toString(),
                author == null || author.toString().isBlank() ? null : author.toString(),
                flag(attributes.get("readonly")));
    }

    private static Boolean flag(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        String text = value.toString().trim();
        return !(text.isEmpty() || text.equals("0") || text.equalsIgnoreCase("false"));
    }
}
