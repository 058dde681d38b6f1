package io.polyport.tracker.search;

import io.polyport.server.storage.Database;
import io.polyport.tracker.search.SearchQuery.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link SearchIndex} over SQLite FTS5: the table {@code search_fts} ranked by BM25 (title matches weigh more),
 * joined to {@code search_doc} for each row's kind and key. User terms are always quoted into FTS5 strings, so
 * no input can inject FTS5 operators or cause a syntax error.
 *
 * <p>Ranking costs time in proportion to the number of matches. A query matching more than
 * {@value #RANKED_MATCHES} objects (by default) (a word nearly every ticket contains) says little about relevance, so its
 * hits come newest-indexed first instead, which FTS5 delivers without visiting every match (Trac itself orders
 * all search results by date).
 */
public final class Fts5SearchIndex implements SearchIndex {
    private static final int EXCERPT_TOKENS = 24;
    static final int RANKED_MATCHES = 20_000;

    private final Database database;
    private final int rankedMatches;

    public Fts5SearchIndex(Database database) {
        this(database, RANKED_MATCHES);
    }

    /** An index that ranks queries matching at most {@code rankedMatches} objects. */
    Fts5SearchIndex(Database database, int rankedMatches) {
        this.database = database;
        this.rankedMatches = rankedMatches;
    }

    @Override
    public List<IndexHit> search(SearchQuery query, Set<String> kinds, int limit) {
        String match = matchExpression(query);
        String kindPlaceholders = String.join(", ", Collections.nCopies(kinds.size(), "?"));
        String sql = "SELECT d.kind, d.ref, snippet(search_fts, 1, '', '', '...', " + EXCERPT_TOKENS + ")"
                + " FROM search_fts JOIN search_doc d ON d.id = search_fts.rowid"
                + " WHERE search_fts MATCH ? AND d.kind IN (" + kindPlaceholders + ")"
                + " ORDER BY " + (isBroad(match) ? "search_fts.rowid DESC" : "search_fts.rank") + " LIMIT ?";
        List<Object> bindings = new ArrayList<>();
        bindings.add(match);
        bindings.addAll(kinds);
        bindings.add(limit);
        return database.dsl().resultQuery(sql, bindings.toArray())
                .fetch(row -> new IndexHit(row.get(0, String.class), row.get(1, String.class),
                        row.get(2, String.class)));
    }

    /** Whether {@code match} matches more objects than ranking can afford; counts no further than that. */
    private boolean isBroad(String match) {
        Integer matches = database.dsl().resultQuery(
                "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)",
                match, rankedMatches + 1).fetchOne(0, Integer.class);
        return matches != null && matches > rankedMatches;
    }

    /** The FTS5 MATCH expression for {@code query}: {@code ("a" AND "b c"*) NOT ("d" OR "e")}. */
    static String matchExpression(SearchQuery query) {
        String included = query.include().stream().map(Fts5SearchIndex::quote).collect(Collectors.joining(" AND "));
        if (query.exclude().isEmpty()) {
            return included;
        }
        return "(" + included + ") NOT ("
                + query.exclude().stream().map(Fts5SearchIndex::quote).collect(Collectors.joining(" OR ")) + ")";
    }

    private static String quote(Term term) {
        return "\"" + term.text().replace("\"", "\"\"") + "\"" + (term.prefix() ? "*" : "");
    }
}
