package io.polyport.tracker.importer.trac;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A cursor over rows ordered by ticket number (the first column), read alongside the tickets so that a million
 * changes are never held in memory at once. Rows of tickets that do not exist are handed to the orphan handler.
 */
final class TicketCursor implements AutoCloseable {
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final TracEnvironment.RowHandler orphan;
    private boolean hasRow;

    TicketCursor(Connection connection, String sql, TracEnvironment.RowHandler orphan) throws SQLException {
        this.statement = connection.prepareStatement(sql);
        this.rows = statement.executeQuery();
        this.orphan = orphan;
        this.hasRow = rows.next();
    }

    /** The rows of ticket {@code id}, mapped; the rows of lower numbers still unread are orphans. */
    <T> List<T> take(int id, TracEnvironment.RowMapper<T> mapper) throws SQLException {
        List<T> taken = new ArrayList<>();
        while (hasRow && rows.getLong(1) <= id) {
            if (rows.getLong(1) == id) {
                T item = mapper.map(rows);
                if (item != null) {
                    taken.add(item);
                }
            } else {
                orphan.accept(rows);
            }
            hasRow = rows.next();
        }
        return taken;
    }

    /** Hands the rows left after the last ticket to the orphan handler. */
    void drain() throws SQLException {
        while (hasRow) {
            orphan.accept(rows);
            hasRow = rows.next();
        }
    }

    @Override
    public void close() throws SQLException {
        rows.close();
        statement.close();
    }
}
