package io.polyport.tracker.importer.trac;

/** How Trac's optional values become Polyport's: Trac stores NULL or 0 where Polyport stores '' or NULL. */
final class TracValues {
    private TracValues() {
    }

    /** A text column: NULL becomes the empty string, as Polyport's columns are NOT NULL. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** A time column: Trac's 0 ("not set") and NULL become NULL. */
    static Long time(long value) {
        return value == 0 ? null : value;
    }
}
