package io.polyport.tracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The MATCH expressions the FTS5 index builds. */
class Fts5SearchIndexTest {

    @Test
    void userTextIsAlwaysQuoted() {
        assertThat(Fts5SearchIndex.matchExpression(SearchQuery.parse("a \"b c\" d* -e -\"f g\"* NOT \"h\"\"i")))
                .isEqualTo("(\"a\" AND \"b c\" AND \"d\"* AND \"NOT\" AND \"h\" AND \"i\") NOT (\"e\" OR \"f g\"*)");
        assertThat(Fts5SearchIndex.matchExpression(SearchQuery.parse("x\"y")))
                .isEqualTo("\"x\"\"y\"");
        assertThat(SearchQuery.parse("- * \"\" ... -- ()").isEmpty()).isTrue();
    }
}
