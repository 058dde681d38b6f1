package io.polyport.server.storage.transfer;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which tables a copy moves, read from both databases' JDBC catalogues: every user table of the source that the
 * target has too (the core schema and plugins' tables), parents before the tables whose foreign keys point to them,
 * so that the target's search triggers see a ticket before its comments. Left out: Flyway's schema histories (each
 * side keeps its own), the search index (the target's triggers rebuild it as rows arrive) and SQLite's internal
 * tables. Tables of the source the target lacks are listed: a plugin's tables appear once the plugin has started.
 *
 * @param tables          what to copy, in insertion order
 * @param missingOnTarget the source's tables that the target lacks, sorted
 */
public record TablePlan(List<CopiedTable> tables, List<String> missingOnTarget) {
    /** Reads the plan; fails when a table has different columns on the two sides. */
    public static TablePlan of(Connection source, Connection target) throws SQLException {
        Set<String> sourceTables = userTables(source);
        Set<String> targetTables = userTables(target);
        Map<String, CopiedTable> shared = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : sourceTables) {
            if (!targetTables.contains(name)) {
                missing.add(name);
                continue;
            }
            Map<String, Integer> targetColumns = columns(target, name);
            Set<String> sourceColumns = columns(source, name).keySet();
            if (!sourceColumns.equals(targetColumns.keySet())) {
                throw new IllegalStateException("table " + name + " has the columns " + new TreeSet<>(sourceColumns)
                        + " in the source but " + new TreeSet<>(targetColumns.keySet()) + " in the target");
            }
            shared.put(name, new CopiedTable(name, List.copyOf(targetColumns.keySet()),
                    List.copyOf(targetColumns.values()), primaryKey(target, name)));
        }
        return new TablePlan(parentsFirst(shared, target), missing);
    }

    private static boolean copied(String name) {
        return !name.startsWith("flyway_") && !name.startsWith("sqlite_") && !name.equals("search_doc")
                && !name.startsWith("search_fts");
    }

    private static Set<String> userTables(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = lower(tables.getString("TABLE_NAME"));
                if (copied(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Map<String, Integer> columns(Connection connection, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (ResultSet result = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
            while (result.next()) {
                columns.put(lower(result.getString("COLUMN_NAME")), result.getInt("DATA_TYPE"));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet result = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), table)) {
            while (result.next()) {
                key.put(result.getInt("KEY_SEQ"), lower(result.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(key.values());
    }

    /** The tables sorted so each comes after those its foreign keys refer to; otherwise by name. */
    private static List<CopiedTable> parentsFirst(Map<String, CopiedTable> tables, Connection target)
            throws SQLException {
        DatabaseMetaData metaData = target.getMetaData();
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String name : tables.keySet()) {
            Set<String> referenced = new TreeSet<>();
            try (ResultSet keys = metaData.getImportedKeys(null, target.getSchema(), name)) {
                while (keys.next()) {
                    String parent = lower(keys.getString("PKTABLE_NAME"));
                    if (tables.containsKey(parent) && !parent.equals(name)) {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(name, referenced);
        }
        List<CopiedTable> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < tables.size()) {
            String next = parents.entrySet().stream()
                    .filter(entry -> !placed.contains(entry.getKey()) && placed.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the foreign keys between " + parents.keySet()
                            + " form a cycle"));
            placed.add(next);
            ordered.add(tables.get(next));
        }
        return List.copyOf(ordered);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
