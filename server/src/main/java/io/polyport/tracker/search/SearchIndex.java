package io.polyport.tracker.search;

import io.polyport.server.storage.Database;
import java.util.List;
import java.util.Set;
import org.jooq.SQLDialect;

/**
 * The full-text index of tickets, pages and milestones. The database keeps it current in the transaction of
 * every write (triggers, see each dialect's {@code V4__search.sql}); an implementation only answers queries:
 * {@link Fts5SearchIndex} on SQLite, {@link PostgresSearchIndex} on PostgreSQL.
 */
public interface SearchIndex {

    /**
     * The best {@code limit} objects of the given kinds matching {@code query}, best first.
     *
     * @param query a non-empty query
     * @param kinds the kinds to search, at least one
     */
    List<IndexHit> search(SearchQuery query, Set<String> kinds, int limit);

    /** The index of {@code database}'s dialect. */
    static SearchIndex of(Database database) {
        return database.dialect() == SQLDialect.POSTGRES ? new PostgresSearchIndex(database)
                : new Fts5SearchIndex(database);
    }
}
