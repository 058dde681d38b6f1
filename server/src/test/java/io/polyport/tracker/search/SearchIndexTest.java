package io.polyport.tracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The index of the run's database (FTS5 or tsvector) itself: its order for very broad queries, its excerpts. */
class SearchIndexTest {
    @RegisterExtension
    final TrackerFixture tracker = new TrackerFixture();

    /** The run's index, ranking queries that match at most {@code rankedMatches} objects. */
    private SearchIndex index(int rankedMatches) {
        return tracker.database().dialect() == SQLDialect.POSTGRES
                ? new PostgresSearchIndex(tracker.database(), rankedMatches)
                : new Fts5SearchIndex(tracker.database(), rankedMatches);
    }

    @Test
    void broadQueriesComeNewestFirstAndNarrowOnesByRank() {
        tracker.admin("wiki.putPage", "First", "echidna echidna echidna", Map.of());
        tracker.admin("wiki.putPage", "Second", "echidna and many many other words to dilute it further", Map.of());
        tracker.admin("wiki.putPage", "Third", "one echidna among several more words here", Map.of());
        Set<String> wiki = Set.of("wiki");
        SearchQuery query = SearchQuery.parse("echidna");
        assertThat(index(3).search(query, wiki, 10))
                .extracting(IndexHit::ref).containsExactly("First", "Third", "Second");
        assertThat(index(2).search(query, wiki, 10))
                .extracting(IndexHit::ref).containsExactly("Third", "Second", "First");
        assertThat(index(2).search(query, wiki, 2))
                .extracting(IndexHit::ref).isEqualTo(List.of("Third", "Second"));
    }

    @Test
    void excerptsArePlainTextAroundTheMatch() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append(i == 60 ? "lyrebird " : "filler" + i + " ");
        }
        tracker.admin("wiki.putPage", "Long", text.toString(), Map.of());
        String excerpt = index(10).search(SearchQuery.parse("lyrebird"), Set.of("wiki"), 10).get(0).excerpt();
        assertThat(excerpt).contains("filler59 lyrebird filler61").doesNotContain("filler0 ", "<", "[", "*");
        assertThat(excerpt.split(" ")).hasSizeLessThanOrEqualTo(26);
    }

    @Test
    void aPrefixAppliesToThePhrasesLastWord() {
        tracker.admin("wiki.putPage", "Birds", "the superb lyrebird mimics", Map.of());
        Set<String> wiki = Set.of("wiki");
        assertThat(index(10).search(SearchQuery.parse("\"superb lyre\"*"), wiki, 10)).hasSize(1);
        assertThat(index(10).search(SearchQuery.parse("\"sup lyrebird\"*"), wiki, 10)).isEmpty();
        assertThat(index(10).search(SearchQuery.parse("\"the superb\"* mim*"), wiki, 10)).hasSize(1);
    }
}
