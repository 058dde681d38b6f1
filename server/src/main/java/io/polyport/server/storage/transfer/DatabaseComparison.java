package io.polyport.server.storage.transfer;

import io.polyport.server.storage.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two Polyport databases table by table (the tables of {@link TablePlan}): row counts and checksums
 * ({@link TableChecksum}), each side read in one transaction.
 *
 * @param tables          each shared table's figures on both sides
 * @param missingOnTarget the source's tables that the target lacks
 */
public record DatabaseComparison(List<Row> tables, List<String> missingOnTarget) {
    /**
     * One table on both sides.
     *
     * @param table  the table's name
     * @param source its figures in the source
     * @param target its figures in the target
     */
    public record Row(String table, TableChecksum source, TableChecksum target) {
        public boolean matches() {
            return source.equals(target);
        }
    }

    /** Reads both databases. */
    public static DatabaseComparison of(Database source, Database target) {
        try (Connection from = source.dataSource().getConnection();
             Connection to = target.dataSource().getConnection()) {
            ReadSnapshot.begin(from, source.dialect());
            ReadSnapshot.begin(to, target.dialect());
            try {
                TablePlan plan = TablePlan.of(from, to);
                List<Row> rows = new ArrayList<>();
                for (CopiedTable table : plan.tables()) {
                    rows.add(new Row(table.name(), TableChecksum.of(from, table), TableChecksum.of(to, table)));
                }
                return new DatabaseComparison(List.copyOf(rows), plan.missingOnTarget());
            } finally {
                from.rollback();
                to.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compare the databases: " + e.getMessage(), e);
        }
    }

    /** The tables whose counts or checksums differ. */
    public List<String> differing() {
        return tables.stream().filter(row -> !row.matches()).map(Row::table).toList();
    }
}
