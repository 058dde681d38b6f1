package io.polyport.plugins.patchwork.store;

/** Client values read as Patchwork (Python and Django) reads them: numbers from strings, truthiness, repr. */
public final class PythonValues {
    private PythonValues() {
    }

    /**
     * An id given as a number or a numeric string.
     *
     * @throws IllegalArgumentException with Django's message when it is not a number
     */
    public static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        try {
            return Long.parseLong(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Field 'id' expected a number but got " + repr(value) + ".");
        }
    }

    /** Python's truth value of a client value. */
    public static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return value != null && !String.valueOf(value).isEmpty();
    }

    /** How Python shows a value in an error message ({@code 'maint'} for a string). */
    public static String repr(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
