package io.polyport.tracker.search;

import static io.polyport.server.db.Tables.MILESTONE;

import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.Micros;
import io.polyport.tracker.wiki.TrackerUrls;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Milestone hits, titled {@code Milestone name}. As in Trac, the date is the completion date, else the due
 * date, else now; the author is empty.
 */
final class MilestoneSearchSource implements SearchSource {
    private final Database database;
    private final TrackerUrls urls;
    private final Clock clock;

    MilestoneSearchSource(Database database, TrackerUrls urls, Clock clock) {
        this.database = database;
        this.urls = urls;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "milestone";
    }

    @Override
    public String label() {
        return "Milestones";
    }

    @Override
    public String viewPermission() {
        return "MILESTONE_VIEW";
    }

    @Override
    public Map<String, SearchResult> describe(Map<String, String> excerpts) {
        Map<String, SearchResult> results = new HashMap<>();
        database.dsl().select(MILESTONE.NAME, MILESTONE.DUE, MILESTONE.COMPLETED)
                .from(MILESTONE).where(MILESTONE.NAME.in(excerpts.keySet()))
                .forEach(row -> {
                    Long date = row.value3() != null ? row.value3() : row.value2();
                    results.put(row.value1(), new SearchResult(urls.milestone(row.value1()),
                            Html.escape("Milestone " + row.value1()),
                            date != null ? Micros.toInstant(date) : clock.instant(), "", excerpts.get(row.value1())));
                });
        return results;
    }
}
