package io.polyport.server.storage.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.SQLDialect;

/** Starts read transactions that see one state of the database throughout (end them with a rollback). */
final class ReadSnapshot {
    private ReadSnapshot() {
    }

    static void begin(Connection connection, SQLDialect dialect) throws SQLException {
        if (dialect.family() == SQLDialect.POSTGRES) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
        }
        connection.setAutoCommit(false);
    }
}
