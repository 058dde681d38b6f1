package io.polyport.server.storage.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;

/** Copies one table's rows, in primary-key order, with batched inserts on the target's open transaction. */
final class TableCopy {
    private static final int BATCH_ROWS = 1_000;

    private TableCopy() {
    }

    /** Copies every row of {@code table}, telling {@code progress} of each batch written; returns the row count. */
    static long copy(Connection source, Connection target, CopiedTable table, LongConsumer progress)
            throws SQLException {
        int columns = table.columns().size();
        long rows = 0;
        try (Statement select = source.createStatement();
             PreparedStatement insert = target.prepareStatement(table.insert())) {
            select.setFetchSize(BATCH_ROWS);
            try (ResultSet result = select.executeQuery(table.selectAll())) {
                int batched = 0;
                while (result.next()) {
                    for (int column = 1; column <= columns; column++) {
                        ColumnValues.bind(insert, column, result.getObject(column),
                                table.targetTypes().get(column - 1));
                    }
                    insert.addBatch();
                    rows++;
                    if (++batched == BATCH_ROWS) {
                        insert.executeBatch();
                        progress.accept(batched);
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    insert.executeBatch();
                    progress.accept(batched);
                }
            }
        }
        return rows;
    }
}
