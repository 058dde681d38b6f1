package io.polyport.plugins.patchwork.store;

import io.polyport.core.plugin.PluginDatabase.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code WHERE} clause built from Django-style field lookups ({@code name__icontains}, {@code id__in},
 * {@code date__year}, ...), the filters Patchwork's {@code patch_list} and {@code check_list} accept, written
 * as parameterised SQL that SQLite and PostgreSQL both run.
 */
public final class Conditions {
    /** How a column's values compare. */
    public enum Kind { NUMBER, TEXT, BOOLEAN, DATE }

    /** A lookup type Patchwork allows. */
    public static final List<String> LOOKUPS = List.of("exact", "iexact", "contains", "icontains", "gt", "gte",
            "lt", "in", "startswith", "istartswith", "endswith", "iendswith", "range", "year", "month", "day",
            "isnull");

    private final Dialect dialect;
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public Conditions(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Adds {@code column <lookup> value}.
     *
     * @throws IllegalArgumentException when {@code value} does not fit the column ("expected a number")
     */
    public Conditions add(String column, Kind kind, String lookup, Object value) {
        switch (lookup) {
            case "exact" -> {
                if (value == null) {
                    clauses.add(column + " IS NULL");
                } else {
                    compare(column, "=", kind, value);
                }
            }
            case "iexact" -> clause("LOWER(" + column + ") = LOWER(?)", text(value));
            case "contains" -> clause((dialect == Dialect.POSTGRES ? "strpos(" : "instr(") + column + ", ?) > 0",
                    text(value));
            case "icontains" -> like(column, Like.containing(text(value)));
            case "istartswith" -> like(column, Like.startingWith(text(value)));
            case "iendswith" -> like(column, Like.endingWith(text(value)));
            case "startswith" -> {
                String prefix = text(value);
                clause("substr(" + column + ", 1, ?) = ?", prefix.length(), prefix);
            }
            case "endswith" -> {
                String suffix = text(value);
                clause("length(" + column + ") >= ? AND substr(" + column + ", length(" + column + ") - ? + 1) = ?",
                        suffix.length(), suffix.length(), suffix);
            }
            case "gt" -> compare(column, ">", kind, value);
            case "gte" -> compare(column, ">=", kind, value);
            case "lt" -> compare(column, "<", kind, value);
            case "in" -> in(column, kind, value);
            case "range" -> {
                List<?> bounds = value instanceof List<?> list ? list : List.of();
                if (bounds.size() != 2) {
                    throw new IllegalArgumentException("range needs two values");
                }
                clause(column + " BETWEEN ? AND ?", convert(kind, bounds.get(0)), convert(kind, bounds.get(1)));
            }
            case "year" -> datePart(column, 1, 4, value);
            case "month" -> datePart(column, 6, 2, value);
            case "day" -> datePart(column, 9, 2, value);
            case "isnull" -> clauses.add(column + (PythonValues.truthy(value) ? " IS NULL" : " IS NOT NULL"));
            default -> throw new IllegalArgumentException("unknown lookup " + lookup);
        }
        return this;
    }

    /** Adds a plain {@code column = value}. */
    public Conditions equal(String column, Object value) {
        return clause(column + " = ?", value);
    }

    /** {@code WHERE ...}, or the empty string when there is no condition. */
    public String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public Object[] params() {
        return params.toArray();
    }

    private Conditions clause(String sql, Object... values) {
        clauses.add(sql);
        params.addAll(List.of(values));
        return this;
    }

    private void compare(String column, String operator, Kind kind, Object value) {
        clause(column + " " + operator + " ?", convert(kind, value));
    }

    private void like(String column, String pattern) {
        clause("LOWER(" + column + ") LIKE ? ESCAPE '\\'", pattern);
    }

    private void in(String column, Kind kind, Object value) {
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        if (values.isEmpty()) {
            clauses.add("1 = 0");
            return;
        }
        List<Object> converted = new ArrayList<>();
        for (Object v : values) {
            converted.add(convert(kind, v));
        }
        clause(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")",
                converted.toArray());
    }

    private void datePart(String column, int start, int length, Object value) {
        long number = PythonValues.number(value);
        clause("substr(" + column + ", " + start + ", " + length + ") = ?",
                String.format("%0" + length + "d", number));
    }

    private static Object convert(Kind kind, Object value) {
        return switch (kind) {
            case NUMBER -> PythonValues.number(value);
            case BOOLEAN -> PythonValues.truthy(value) ? 1 : 0;
            case TEXT, DATE -> text(value);
        };
    }

    private static String text(Object value) {
        return value instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(value);
    }
}
