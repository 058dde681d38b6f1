package io.polyport.server.storage.transfer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table present on both sides of a copy or comparison.
 *
 * @param name        its name (lower case)
 * @param columns     its columns (lower case), in the target's order
 * @param targetTypes each column's {@link java.sql.Types} on the target, to bind values to
 * @param primaryKey  its primary key's columns in key order; empty when it has none
 */
public record CopiedTable(String name, List<String> columns, List<Integer> targetTypes, List<String> primaryKey) {
    /** {@code select} of every column, in primary-key order (all columns when there is no key). */
    String selectAll() {
        List<String> order = primaryKey.isEmpty() ? columns : primaryKey;
        return "SELECT " + quoted(columns) + " FROM " + quote(name) + " ORDER BY " + quoted(order);
    }

    String insert() {
        return "INSERT INTO " + quote(name) + " (" + quoted(columns) + ") VALUES ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    String deleteAll() {
        return "DELETE FROM " + quote(name);
    }

    String count() {
        return "SELECT count(*) FROM " + quote(name);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(CopiedTable::quote).collect(Collectors.joining(", "));
    }

    /** A name from the databases' own catalogues as a quoted identifier (both SQLite and PostgreSQL take "..."). */
    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
