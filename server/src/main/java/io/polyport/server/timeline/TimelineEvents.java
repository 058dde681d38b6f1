package io.polyport.server.timeline;

import static io.polyport.server.db.Tables.EVENT_LOG;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.server.auth.EpochMicros;
import io.polyport.server.db.tables.records.EventLogRecord;
import io.polyport.server.storage.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** {@link TimelineService} over the event journal: one indexed query per call, filtered in SQL. */
public final class TimelineEvents implements TimelineService {
    private static final int MAX = 1000;
    private static final Map<String, String> VIEW_BY_REALM = Map.of("ticket", "TICKET_VIEW", "wiki", "WIKI_VIEW",
            "milestone", "MILESTONE_VIEW");

    private final Database database;

    public TimelineEvents(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, Object> getEvents(String cursor, Map<String, Object> filter, int max, Caller caller) {
        int after = parseCursor(cursor);
        if (max < 1 || max > MAX) {
            throw RpcException.invalidField("max", "'max' must be between 1 and " + MAX);
        }
        TimelineFilter wanted = TimelineFilter.of(filter);
        List<String> realms = VIEW_BY_REALM.entrySet().stream().filter(e -> caller.has(e.getValue()))
                .map(Map.Entry::getKey).toList();
        int latest = latestId();
        Condition condition = EVENT_LOG.ID.gt(after).and(EVENT_LOG.ID.le(latest)).and(EVENT_LOG.REALM.in(realms));
        condition = condition.and(EventKinds.matching(wanted.kinds()));
        if (wanted.since().isPresent()) {
            condition = condition.and(EVENT_LOG.TIME.ge(EpochMicros.of(wanted.since().get())));
        }
        if (wanted.until().isPresent()) {
            condition = condition.and(EVENT_LOG.TIME.lt(EpochMicros.of(wanted.until().get())));
        }
        if (wanted.author().isPresent()) {
            condition = condition.and(EVENT_LOG.AUTHOR.eq(wanted.author().get()));
        }
        if (wanted.ticket().isPresent()) {
            condition = condition.and(EVENT_LOG.REALM.eq("ticket"))
                    .and(EVENT_LOG.TARGET.eq(String.valueOf(wanted.ticket().get())));
        }
        if (wanted.page().isPresent()) {
            condition = condition.and(EVENT_LOG.REALM.eq("wiki")).and(EVENT_LOG.TARGET.eq(wanted.page().get()));
        }
        List<EventLogRecord> rows = database.dsl().selectFrom(EVENT_LOG).where(condition).orderBy(EVENT_LOG.ID)
                .limit(max + 1).fetch();
        boolean more = rows.size() > max;
        List<Map<String, Object>> events = new ArrayList<>();
        int last = after;
        for (EventLogRecord row : rows.subList(0, Math.min(max, rows.size()))) {
            events.add(event(row));
            last = row.getId();
        }
        if (!more) {
            last = Math.max(last, latest);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("events", events);
        answer.put("cursor", String.valueOf(last));
        answer.put("more", more);
        return answer;
    }

    /**
     * The newest id, read first: every event up to it has committed (writers are serialised), so the answer covers
     * exactly the ids up to it and the cursor may move past events the caller may not see.
     */
    private int latestId() {
        Integer latest = database.dsl().select(DSL.max(EVENT_LOG.ID)).from(EVENT_LOG).fetchOne().value1();
        return latest == null ? 0 : latest;
    }

    private static Map<String, Object> event(EventLogRecord row) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", String.valueOf(row.getId()));
        event.put("time", EpochMicros.toInstant(row.getTime()));
        event.put("kind", row.getKind());
        event.put("author", row.getAuthor());
        event.put("title", row.getTitle());
        event.put("text", row.getText());
        event.put("realm", row.getRealm());
        event.put("target", row.getTarget());
        event.put("link", link(row.getRealm(), row.getTarget()));
        return event;
    }

    /** The REST resource of what the event is about, relative to the server. */
    static String link(String realm, String target) {
        String encoded = java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return switch (realm) {
            case "ticket" -> "/rest/tickets/" + encoded;
            case "wiki" -> "/rest/wiki/" + encoded;
            default -> "/rest/milestones/" + encoded;
        };
    }

    private static int parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(cursor.strip());
        } catch (NumberFormatException e) {
            throw RpcException.invalidField("cursor", "'cursor' must be one that timeline.getEvents returned");
        }
    }
}
