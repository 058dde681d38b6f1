package io.polyport.tracker.search;

import static io.polyport.tracker.search.TrackerFixture.ADMIN;
import static io.polyport.tracker.search.TrackerFixture.BASE;
import static io.polyport.tracker.search.TrackerFixture.caller;
import static io.polyport.server.db.Tables.TICKET_CHANGE;
import static io.polyport.server.db.Tables.WIKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** search.* over real tickets, pages and milestones: shapes, ranking, filters, query syntax, permissions. */
class SearchServiceTest {
    @RegisterExtension
    final TrackerFixture tracker = new TrackerFixture();

    private int ticket(String summary, String description, Map<String, Object> attributes) {
        return (Integer) tracker.admin("ticket.create", summary, description, attributes);
    }

    private void page(String name, String text) {
        tracker.admin("wiki.putPage", name, text, Map.of());
    }

    @Test
    void filtersAreTheKindsTheCallerMayView() {
        assertThat(tracker.admin("search.getSearchFilters"))
                .isEqualTo(List.of(List.of("ticket", "Tickets"), List.of("wiki", "Wiki"),
                        List.of("milestone", "Milestones")));
        assertThat(tracker.call(caller("w", "XML_RPC", "SEARCH_VIEW", "WIKI_VIEW"), "search.getSearchFilters"))
                .isEqualTo(List.of(List.of("wiki", "Wiki")));
    }

    @Test
    void aTicketHitHasTracsShapeAndTitle() {
        Instant before = Instant.now().minusSeconds(1);
        int id = ticket("ticket10786", "Enhance the frobnicator", Map.of("type", "enhancement", "owner", "A"));
        List<List<Object>> hits = tracker.search(ADMIN, "ticket10786");
        assertThat(hits).hasSize(1);
        List<Object> hit = hits.get(0);
        assertThat(hit.get(0)).isEqualTo(BASE + "/ticket/" + id);
        assertThat(hit.get(1)).isEqualTo("<span class=\"new\">#" + id + "</span>: enhancement: ticket10786 (new)");
        assertThat((Instant) hit.get(2)).isAfter(before);
        assertThat(hit.get(3)).isEqualTo("admin");
        assertThat((String) hit.get(4)).contains("Enhance the frobnicator");

        tracker.admin("ticket.update", id, "done", Map.of("status", "closed", "resolution", "fixed"));
        assertThat(tracker.search(ADMIN, "ticket10786").get(0).get(1))
                .isEqualTo("<span class=\"closed\">#" + id + "</span>: enhancement: ticket10786 (closed: fixed)");
    }

    @Test
    void ticketsAreFoundBySummaryDescriptionKeywordsAndComments() {
        int bySummary = ticket("Zeppelin landing", "x", Map.of());
        int byDescription = ticket("a", "the zeppelin hangar", Map.of());
        int byKeywords = ticket("b", "y", Map.of("keywords", "zeppelin airship"));
        int byComment = ticket("c", "z", Map.of());
        tracker.admin("ticket.update", byComment, "saw a Zeppelin today", Map.of());
        assertThat(tracker.hrefs("zeppelin", "ticket")).first().isEqualTo(BASE + "/ticket/" + bySummary);
        assertThat(tracker.hrefs("zeppelin", "ticket")).containsExactlyInAnyOrder(BASE + "/ticket/" + bySummary,
                BASE + "/ticket/" + byDescription, BASE + "/ticket/" + byKeywords, BASE + "/ticket/" + byComment);

        tracker.admin("ticket.delete", byComment);
        assertThat(tracker.hrefs("zeppelin")).hasSize(3);
        tracker.admin("ticket.update", byKeywords, "", Map.of("keywords", "blimp"));
        assertThat(tracker.hrefs("zeppelin")).hasSize(2);
        assertThat(tracker.hrefs("blimp")).containsExactly(BASE + "/ticket/" + byKeywords);
    }

    @Test
    void pagesAreFoundByNameAndLatestText() {
        page("GardenTools", "Rakes & hoes <b>bold</b>\nsecond line");
        page("Shed", "where the gardentools live");
        List<List<Object>> hits = tracker.search(ADMIN, "gardentools");
        assertThat(hits).extracting(hit -> hit.get(0))
                .containsExactly(BASE + "/wiki/GardenTools", BASE + "/wiki/Shed");
        assertThat(hits.get(0).get(1)).isEqualTo("GardenTools: Rakes &amp; hoes &lt;b&gt;bold&lt;/b&gt;");
        assertThat(hits.get(0).get(3)).isEqualTo("admin");

        page("Shed", "now empty");
        assertThat(tracker.hrefs("gardentools")).containsExactly(BASE + "/wiki/GardenTools");
        assertThat(tracker.hrefs("empty")).containsExactly(BASE + "/wiki/Shed");
        tracker.admin("wiki.deletePage", "Shed", 2);
        assertThat(tracker.hrefs("gardentools")).as("back to version 1")
                .containsExactly(BASE + "/wiki/GardenTools", BASE + "/wiki/Shed");
        tracker.admin("wiki.deletePage", "Shed");
        assertThat(tracker.hrefs("gardentools")).containsExactly(BASE + "/wiki/GardenTools");
        assertThat(tracker.hrefs("welcome", "wiki")).as("WikiStart from the migration")
                .containsExactly(BASE + "/wiki/WikiStart");
    }

    @Test
    void theIndexChangesOnlyWithItsTransaction() {
        assertThatThrownBy(() -> tracker.database().transaction(db -> {
            db.insertInto(WIKI).set(WIKI.NAME, "Ghost").set(WIKI.VERSION, 1).set(WIKI.TIME, 0L)
                    .set(WIKI.AUTHOR, "x").set(WIKI.TEXT, "poltergeist").set(WIKI.READONLY, false).execute();
            String indexed = tracker.database().dialect() == SQLDialect.POSTGRES
                    ? "SELECT count(*) FROM search_doc WHERE document @@ to_tsquery('polyport_search', 'poltergeist')"
                    : "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'poltergeist'";
            assertThat(db.resultQuery(indexed).fetchOne(0, Integer.class)).as("indexed inside the transaction")
                    .isEqualTo(1);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(tracker.hrefs("poltergeist")).isEmpty();
    }

    @Test
    void milestonesAreFoundByNameAndDescription() {
        tracker.admin("ticket.milestone.create", "Apollo", Map.of("description", "moon landing"));
        List<List<Object>> hits = tracker.search(ADMIN, "moon");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).subList(0, 2)).containsExactly(BASE + "/milestone/Apollo", "Milestone Apollo");
        assertThat(hits.get(0).get(3)).isEqualTo("");
        tracker.admin("ticket.milestone.update", "Apollo", Map.of("name", "Artemis"));
        assertThat(tracker.hrefs("moon")).containsExactly(BASE + "/milestone/Artemis");
        assertThat(tracker.hrefs("milestone1", "milestone")).containsExactly(BASE + "/milestone/milestone1");
    }

    @Test
    void hitsAreRankedTitleFirstThenByRelevance() {
        page("OnceOnly", "a long text that mentions quokka once among many many other words here and there");
        page("ManyTimes", "quokka quokka quokka");
        int titled = ticket("Quokka escaped", "from the zoo", Map.of());
        assertThat(tracker.hrefs("quokka")).containsExactly(BASE + "/ticket/" + titled,
                BASE + "/wiki/ManyTimes", BASE + "/wiki/OnceOnly");
    }

    @Test
    void filtersLimitTheKinds() {
        page("Kiwi", "kiwi fruit");
        int id = ticket("kiwi bird", "", Map.of());
        tracker.admin("ticket.milestone.create", "kiwi", Map.of());
        assertThat(tracker.hrefs("kiwi", "wiki")).containsExactly(BASE + "/wiki/Kiwi");
        assertThat(tracker.hrefs("kiwi", "ticket", "milestone"))
                .containsExactlyInAnyOrder(BASE + "/ticket/" + id, BASE + "/milestone/kiwi");
        assertThat(tracker.hrefs("kiwi", "changeset")).isEmpty();
        assertThat(tracker.hrefs("kiwi")).hasSize(3);
    }

    @Test
    void quotesExclusionAndPrefixes() {
        int quick = ticket("quick brown fox", "", Map.of());
        int split = ticket("quick red and brown fox", "", Map.of());
        assertThat(tracker.hrefs("\"quick brown\"")).containsExactly(BASE + "/ticket/" + quick);
        assertThat(tracker.hrefs("quick brown")).hasSize(2);
        assertThat(tracker.hrefs("quick -red")).containsExactly(BASE + "/ticket/" + quick);
        assertThat(tracker.hrefs("fox -\"red and\"")).containsExactly(BASE + "/ticket/" + quick);
        assertThat(tracker.hrefs("bro*", "ticket")).hasSize(2);
        assertThat(tracker.hrefs("bro")).isEmpty();
        assertThat(tracker.hrefs("\"quick re\"*")).containsExactly(BASE + "/ticket/" + split);
        assertThat(tracker.hrefs("-quick")).as("nothing to include").isEmpty();
        assertThat(tracker.hrefs("QUICK Fox")).as("case-insensitive").hasSize(2);
    }

    @Test
    void hostileQueriesNeverFail() {
        ticket("AND OR NOT near", "col:umn (paren) ^caret", Map.of());
        List<String> queries = new java.util.ArrayList<>(List.of("\"", "\"\"", "AND", "OR NOT", "*", "-", "--",
                "NEAR(a b)", "a:b", "(", ")", "^x", "\"unterminated", "a\"b", "{title}: x", "title:near", "+", "'",
                "\u0000", "\uD83D\uDE00", "-*", "\"*\"*", "a OR", "NOT a", "col:umn", "\\", "%", "_"));
        Random random = new Random(42);
        String alphabet = "aAnN \"'*-+:^(){}[]\\%_.,;\u00e9\u4e2d\u0301";
        for (int i = 0; i < 300; i++) {
            StringBuilder query = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                query.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            queries.add(query.toString());
        }
        for (String query : queries) {
            assertThat(tracker.search(ADMIN, query)).as(query).isNotNull();
        }
        assertThat(tracker.hrefs("AND OR NOT")).hasSize(1);
        assertThat(tracker.hrefs("col:umn")).hasSize(1);
    }

    @Test
    void hitsHonourViewPermissions() {
        page("Secret", "platypus notes");
        ticket("platypus ticket", "", Map.of());
        tracker.admin("ticket.milestone.create", "platypus", Map.of());
        Caller wikiOnly = caller("w", "XML_RPC", "SEARCH_VIEW", "WIKI_VIEW");
        Caller ticketsOnly = caller("t", "XML_RPC", "SEARCH_VIEW", "TICKET_VIEW");
        Caller nothing = caller("n", "XML_RPC", "SEARCH_VIEW");
        assertThat(tracker.search(wikiOnly, "platypus")).extracting(hit -> hit.get(0))
                .containsExactly(BASE + "/wiki/Secret");
        assertThat(tracker.search(ticketsOnly, "platypus")).extracting(hit -> (String) hit.get(0))
                .singleElement().asString().startsWith(BASE + "/ticket/");
        assertThat(tracker.search(nothing, "platypus")).isEmpty();
        assertThat(tracker.search(wikiOnly, "platypus", "ticket")).isEmpty();
        assertThatThrownBy(() -> tracker.search(caller("v", "XML_RPC", "WIKI_VIEW"), "platypus"))
                .isInstanceOfSatisfying(RpcException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PERMISSION_DENIED));
    }

    @Test
    void editedAndRemovedCommentsReindexTheirTicket() {
        int id = ticket("a ticket", "", Map.of());
        tracker.admin("ticket.update", id, "the wombat ate it", Map.of());
        tracker.admin("ticket.update", id, "and a numbat too", Map.of());
        assertThat(tracker.hrefs("wombat numbat")).containsExactly(BASE + "/ticket/" + id);
        tracker.database().transaction(db -> db.update(TICKET_CHANGE).set(TICKET_CHANGE.NEWVALUE, "a bandicoot")
                .where(TICKET_CHANGE.TICKET.eq(id), TICKET_CHANGE.FIELD.eq("comment"),
                        TICKET_CHANGE.NEWVALUE.eq("the wombat ate it")).execute());
        assertThat(tracker.hrefs("wombat")).isEmpty();
        assertThat(tracker.hrefs("bandicoot numbat")).containsExactly(BASE + "/ticket/" + id);
        tracker.database().transaction(db -> db.deleteFrom(TICKET_CHANGE)
                .where(TICKET_CHANGE.TICKET.eq(id), TICKET_CHANGE.NEWVALUE.eq("and a numbat too")).execute());
        assertThat(tracker.hrefs("numbat")).isEmpty();
        assertThat(tracker.hrefs("bandicoot")).containsExactly(BASE + "/ticket/" + id);
    }

    @Test
    void queryOperatorsOfEitherDatabaseAreJustText() {
        int id = ticket("alpha beta gamma", "it's (quoted) \\back\\slash", Map.of());
        for (String query : List.of("alpha & beta | !gamma :*", "alpha:* & beta:", "'alpha' <-> 'beta'",
                "(alpha) !(beta)", "alpha:*", "\"alpha beta\" gamma!", "it's", "'it''s'", "back\\slash",
                "!!alpha", "alpha -:*", "alpha -!", "alpha -'")) {
            assertThat(tracker.hrefs(query)).as(query).containsExactly(BASE + "/ticket/" + id);
        }
        for (String query : List.of("& | ! :* <-> ( ) '", "!", ":*", "'", "''", "\\", "alpha -gamma")) {
            assertThat(tracker.hrefs(query)).as(query).isEmpty();
        }
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        int id = ticket("Café Crème", "naïve façade", Map.of());
        assertThat(tracker.hrefs("cafe creme")).containsExactly(BASE + "/ticket/" + id);
        assertThat(tracker.hrefs("NAIVE Fa*")).containsExactly(BASE + "/ticket/" + id);
        assertThat(tracker.hrefs("\"café crème\"")).containsExactly(BASE + "/ticket/" + id);
    }
}
