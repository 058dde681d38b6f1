package io.polyport.tracker.search;

import static io.polyport.server.db.Tables.TICKET;

import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.Micros;
import io.polyport.tracker.wiki.TrackerUrls;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ticket hits, titled as Trac does: {@code <span class="new">#3</span>: defect: Alpha crash (new)}. */
final class TicketSearchSource implements SearchSource {
    private final Database database;
    private final TrackerUrls urls;

    TicketSearchSource(Database database, TrackerUrls urls) {
        this.database = database;
        this.urls = urls;
    }

    @Override
    public String kind() {
        return "ticket";
    }

    @Override
    public String label() {
        return "Tickets";
    }

    @Override
    public String viewPermission() {
        return "TICKET_VIEW";
    }

    @Override
    public Map<String, SearchResult> describe(Map<String, String> excerpts) {
        List<Integer> ids = excerpts.keySet().stream().map(Integer::valueOf).toList();
        Map<String, SearchResult> results = new HashMap<>();
        database.dsl().select(TICKET.ID, TICKET.TYPE, TICKET.TIME, TICKET.REPORTER, TICKET.STATUS,
                        TICKET.RESOLUTION, TICKET.SUMMARY)
                .from(TICKET).where(TICKET.ID.in(ids))
                .forEach(row -> results.put(String.valueOf(row.value1()), new SearchResult(
                        urls.ticket(row.value1()),
                        title(row.value1(), row.value2(), row.value5(), row.value6(), row.value7()),
                        Micros.toInstant(row.value3()), row.value4(), excerpts.get(String.valueOf(row.value1())))));
        return results;
    }

    /** Trac's search title of a ticket: the id in a span classed by status, then type: summary (status). */
    static String title(int id, String type, String status, String resolution, String summary) {
        String state = "closed".equals(status) && !resolution.isEmpty() ? status + ": " + resolution : status;
        return "<span class=\"" + Html.escape(status) + "\">#" + id + "</span>: "
                + (type.isEmpty() ? "" : Html.escape(type) + ": ") + Html.escape(Html.shortenLine(summary))
                + " (" + Html.escape(state) + ")";
    }
}
