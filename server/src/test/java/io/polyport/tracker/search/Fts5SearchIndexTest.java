package io.polyport.tracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The FTS5 index itself: the MATCH expressions it builds and its order for very broad queries. */
class Fts5SearchIndexTest {
    @RegisterExtension
    final TrackerFixture tracker = new TrackerFixture();

    @Test
    void userTextIsAlwaysQuoted() {
        assertThat(Fts5SearchIndex.matchExpression(SearchQuery.parse("a \"b c\" d* -e -\"f g\"* NOT \"h\"\"i")))
                .isEqualTo("(\"a\" AND \"b c\" AND \"d\"* AND \"NOT\" AND \"h\" AND \"i\") NOT (\"e\" OR \"f g\"*)");
        assertThat(Fts5SearchIndex.matchExpression(SearchQuery.parse("x\"y")))
                .isEqualTo("\"x\"\"y\"");
        assertThat(SearchQuery.parse("- * \"\" ... -- ()").isEmpty()).isTrue();
    }

    @Test
    void broadQueriesComeNewestFirstAndNarrowOnesByRank() {
        tracker.admin("wiki.putPage", "First", "echidna echidna echidna", Map.of());
        tracker.admin("wiki.putPage", "Second", "echidna and many many other words to dilute it further", Map.of());
        tracker.admin("wiki.putPage", "Third", "one echidna among several more words here", Map.of());
        Set<String> wiki = Set.of("wiki");
        SearchQuery query = SearchQuery.parse("echidna");
        assertThat(new Fts5SearchIndex(tracker.database(), 3).search(query, wiki, 10))
                .extracting(IndexHit::ref).containsExactly("First", "Third", "Second");
        assertThat(new Fts5SearchIndex(tracker.database(), 2).search(query, wiki, 10))
                .extracting(IndexHit::ref).containsExactly("Third", "Second", "First");
        assertThat(new Fts5SearchIndex(tracker.database(), 2).search(query, wiki, 2))
                .extracting(IndexHit::ref).isEqualTo(List.of("Third", "Second"));
    }
}
