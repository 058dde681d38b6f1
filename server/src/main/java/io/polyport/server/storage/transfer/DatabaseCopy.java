package io.polyport.server.storage.transfer;

import io.polyport.server.storage.Database;
import io.polyport.server.storage.IdentitySequences;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.LongFunction;
import org.jooq.impl.DSL;

/**
 * Copies a Polyport database into another, empty one of the same schema version, e.g. an installation's SQLite
 * file into PostgreSQL: in one transaction on the target it empties the tables it fills (of the rows the migrations
 * inserted), copies every table of {@link TablePlan} in batches, parents first, and moves the target's identity
 * sequences past the copied ids. The source is read in one transaction, so it is a consistent snapshot.
 */
public final class DatabaseCopy {
    /** Told how the copy advances; closed when it ends. */
    public interface Progress extends AutoCloseable {
        /** The copy of the table {@code name} starts. */
        void table(String name);

        /** {@code rows} more rows were written. */
        void copied(long rows);

        @Override
        void close();
    }

    private DatabaseCopy() {
    }

    /**
     * Copies {@code source} into {@code target} and returns what was copied and what the target lacks.
     *
     * @param progress given the number of rows to copy, what to tell of the copy's progress
     *
     * @throws IllegalStateException when the target holds data of its own or a table's columns differ
     */
    public static TablePlan copy(Database source, Database target, LongFunction<Progress> progress) {
        try (Connection from = source.dataSource().getConnection();
             Connection to = target.dataSource().getConnection()) {
            ReadSnapshot.begin(from, source.dialect());
            to.setAutoCommit(false);
            try {
                TablePlan plan = TablePlan.of(from, to);
                EmptyTarget.require(to, plan);
                copy(plan, from, to, progress);
                IdentitySequences.advance(DSL.using(to, target.dialect()));
                to.commit();
                return plan;
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            } finally {
                from.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the copy failed and was rolled back: " + e.getMessage(), e);
        }
    }

    private static void copy(TablePlan plan, Connection from, Connection to, LongFunction<Progress> progress)
            throws SQLException {
        List<CopiedTable> tables = plan.tables();
        try (Statement delete = to.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                delete.executeUpdate(tables.get(i).deleteAll());
            }
        }
        long rows = 0;
        for (CopiedTable table : tables) {
            rows += count(from, table);
        }
        try (Progress copied = progress.apply(rows)) {
            for (CopiedTable table : tables) {
                copied.table(table.name());
                TableCopy.copy(from, to, table, copied::copied);
            }
        }
    }

    private static long count(Connection connection, CopiedTable table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(table.count())) {
            result.next();
            return result.getLong(1);
        }
    }
}
