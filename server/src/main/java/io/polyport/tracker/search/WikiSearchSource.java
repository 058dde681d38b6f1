package io.polyport.tracker.search;

import static io.polyport.server.db.Tables.WIKI;

import io.polyport.server.db.tables.Wiki;
import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.Micros;
import io.polyport.tracker.wiki.TrackerUrls;
import java.util.HashMap;
import java.util.Map;
import org.jooq.impl.DSL;

/** Page hits, titled as Trac does: {@code PageName: first line of the text} (HTML-escaped). */
final class WikiSearchSource implements SearchSource {
    private static final Wiki NEWER = WIKI.as("newer");

    private final Database database;
    private final TrackerUrls urls;

    WikiSearchSource(Database database, TrackerUrls urls) {
        this.database = database;
        this.urls = urls;
    }

    @Override
    public String kind() {
        return "wiki";
    }

    @Override
    public String label() {
        return "Wiki";
    }

    @Override
    public String viewPermission() {
        return "WIKI_VIEW";
    }

    @Override
    public Map<String, SearchResult> describe(Map<String, String> excerpts) {
        Map<String, SearchResult> results = new HashMap<>();
        database.dsl().select(WIKI.NAME, WIKI.TIME, WIKI.AUTHOR, WIKI.TEXT)
                .from(WIKI)
                .where(WIKI.NAME.in(excerpts.keySet()))
                .andNotExists(DSL.selectOne().from(NEWER)
                        .where(NEWER.NAME.eq(WIKI.NAME).and(NEWER.VERSION.gt(WIKI.VERSION))))
                .forEach(row -> results.put(row.value1(), new SearchResult(urls.wiki(row.value1()),
                        Html.escape(row.value1() + ": " + Html.shortenLine(row.value4())),
                        Micros.toInstant(row.value2()), row.value3(), excerpts.get(row.value1()))));
        return results;
    }
}
