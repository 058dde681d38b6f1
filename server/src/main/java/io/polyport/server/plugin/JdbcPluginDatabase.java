package io.polyport.server.plugin;

import io.polyport.core.plugin.PluginDatabase;
import io.polyport.server.storage.Database;
import org.jooq.SQLDialect;

/**
 * {@link PluginDatabase} over the server's {@link Database}: the same pool, the same transactions (so events a
 * plugin publishes inside one wait for its commit; on SQLite a transaction waits for its turn among the server's
 * writers, on PostgreSQL one that collides with a concurrent one runs again). {@link #read} runs without waiting,
 * so it must not write.
 */
final class JdbcPluginDatabase implements PluginDatabase {
    private final Database database;

    JdbcPluginDatabase(Database database) {
        this.database = database;
    }

    @Override
    public Dialect dialect() {
        return database.dialect() == SQLDialect.POSTGRES ? Dialect.POSTGRES : Dialect.SQLITE;
    }

    @Override
    public <T> T transaction(SqlWork<T> work) {
        return database.transaction(dsl -> dsl.connectionResult(work::run));
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return database.dsl().connectionResult(work::run);
    }
}
