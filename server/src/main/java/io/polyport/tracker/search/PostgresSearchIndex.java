package io.polyport.tracker.search;

import io.polyport.server.storage.Database;
import io.polyport.tracker.search.SearchQuery.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link SearchIndex} over PostgreSQL full-text search: the {@code tsvector} column {@code document} of
 * {@code search_doc} (title lexemes weighted A, body lexemes B, GIN-indexed), ranked by {@code ts_rank_cd} with
 * a title match worth four times a body match and the score divided by the document's log length, as BM25 on
 * SQLite. User text only ever reaches {@code phraseto_tsquery} as a bound parameter, which reads it as plain
 * words, so no input can inject tsquery operators or cause a syntax error; a prefix term turns the last lexeme of
 * that phrase into a prefix.
 *
 * <p>Ranking costs time in proportion to the number of matches. A query matching more than
 * {@value #RANKED_MATCHES} objects (by default) comes newest-indexed first instead, as on SQLite (see
 * {@link Fts5SearchIndex}); the bound is lower than SQLite's because confirming each match costs a row visit here
 * (phrases and exclusions re-check positions). Excerpts ({@code ts_headline}, plain text) are computed only for
 * the returned hits.
 */
public final class PostgresSearchIndex implements SearchIndex {
    static final int RANKED_MATCHES = 2_000;
    /** The text search configuration of {@code V4__search.sql}: 'simple', diacritics removed if possible. */
    private static final String CONFIG = "CAST('polyport_search' AS regconfig)";
    /** Weights of D, C, B (body) and A (title) lexemes; normalisation 1 divides by 1 + log(length). */
    private static final String RANK = "ts_rank_cd('{0.1, 0.2, 0.25, 1.0}', d.document, q.query, 1)";
    private static final String HEADLINE_OPTIONS = "StartSel=\"\", StopSel=\"\", MaxWords=24, MinWords=12, MaxFragments=1";

    private final Database database;
    private final int rankedMatches;

    public PostgresSearchIndex(Database database) {
        this(database, RANKED_MATCHES);
    }

    /** An index that ranks queries matching at most {@code rankedMatches} objects. */
    PostgresSearchIndex(Database database, int rankedMatches) {
        this.database = database;
        this.rankedMatches = rankedMatches;
    }

    @Override
    public List<IndexHit> search(SearchQuery query, Set<String> kinds, int limit) {
        String matches = matches(query);
        boolean broad = isBroad(matches, query);
        String order = broad ? "id DESC" : "rank DESC, id DESC";
        String sql = "SELECT hit.kind, hit.ref, ts_headline(" + CONFIG + ", hit.body, hit.query, '"
                + HEADLINE_OPTIONS + "') FROM (SELECT d.id, d.kind, d.ref, d.body, q.query, "
                + (broad ? "0" : RANK) + " AS rank" + matches + " AND d.kind IN ("
                + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ")"
                + " ORDER BY " + order + " LIMIT ?) hit ORDER BY " + order;
        List<Object> bindings = terms(query);
        bindings.addAll(kinds);
        bindings.add(limit);
        return database.dsl().resultQuery(sql, bindings.toArray())
                .fetch(row -> new IndexHit(row.get(0, String.class), row.get(1, String.class),
                        row.get(2, String.class)));
    }

    /** Whether the query matches more objects than ranking can afford; counts no further than that. */
    private boolean isBroad(String matches, SearchQuery query) {
        List<Object> bindings = terms(query);
        bindings.add(rankedMatches + 1);
        Integer count = database.dsl().resultQuery("SELECT count(*) FROM (SELECT 1" + matches + " LIMIT ?) m",
                bindings.toArray()).fetchOne(0, Integer.class);
        return count != null && count > rankedMatches;
    }

    /**
     * The FROM and WHERE clauses selecting the documents {@code d} that match the query {@code q.query}, with one
     * parameter per term (see {@link #terms}).
     */
    private static String matches(SearchQuery query) {
        return " FROM search_doc d, (SELECT " + tsquery(query) + " AS query) q WHERE d.document @@ q.query";
    }

    /**
     * The SQL expression of the tsquery for {@code query}, one parameter per term (see {@link #terms}):
     * {@code (a && b) && !!(c || d)}.
     */
    private static String tsquery(SearchQuery query) {
        String included = query.include().stream().map(PostgresSearchIndex::tsquery)
                .collect(Collectors.joining(" && ", "(", ")"));
        if (query.exclude().isEmpty()) {
            return included;
        }
        return included + " && !!" + query.exclude().stream().map(PostgresSearchIndex::tsquery)
                .collect(Collectors.joining(" || ", "(", ")"));
    }

    /**
     * A term's words as a phrase; for a prefix term the phrase's text form (PostgreSQL's own output, so quoted
     * correctly) with {@code :*} after its last lexeme, which that form always ends with a quote of.
     */
    private static String tsquery(Term term) {
        String phrase = "phraseto_tsquery(" + CONFIG + ", ?)";
        return term.prefix()
                ? "CAST(regexp_replace(CAST(" + phrase + " AS text), '''$', ''':*') AS tsquery)"
                : phrase;
    }

    /** The bind values of {@link #tsquery(SearchQuery)}: the terms' texts in order. */
    private static List<Object> terms(SearchQuery query) {
        List<Object> terms = new ArrayList<>();
        query.include().forEach(term -> terms.add(term.text()));
        query.exclude().forEach(term -> terms.add(term.text()));
        return terms;
    }
}
