package io.polyport.testkit.protocol;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares neutral values as a client sees them: numbers by value (an int result read back as a long is the same
 * result), binaries by content, lists in order, structs by key.
 */
final class NeutralValues {
    private NeutralValues() {
    }

    /** Whether {@code actual} is the same value as {@code expected}. */
    static boolean same(Object expected, Object actual) {
        if (expected instanceof Number e && actual instanceof Number a) {
            return isFloating(e) || isFloating(a) ? e.doubleValue() == a.doubleValue() : e.longValue() == a.longValue();
        }
        if (expected instanceof byte[] e && actual instanceof byte[] a) {
            return Arrays.equals(e, a);
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            return sameLists(e, a);
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            return e.size() == a.size() && e.entrySet().stream()
                    .allMatch(entry -> a.containsKey(entry.getKey()) && same(entry.getValue(), a.get(entry.getKey())));
        }
        return expected == null ? actual == null : expected.equals(actual);
    }

    /** A readable rendering, binaries as their bytes. */
    static String show(Object value) {
        if (value instanceof byte[] bytes) {
            return "bytes" + Arrays.toString(bytes);
        }
        if (value instanceof String text) {
            return '"' + Leaks.excerpt(text) + '"';
        }
        return value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static boolean sameLists(List<?> expected, List<?> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        Iterator<?> a = actual.iterator();
        for (Object e : expected) {
            if (!same(e, a.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFloating(Number number) {
        return number instanceof Double || number instanceof Float;
    }
}
