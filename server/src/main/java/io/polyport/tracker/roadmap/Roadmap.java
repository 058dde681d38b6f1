package io.polyport.tracker.roadmap;

import static io.polyport.server.db.Tables.MILESTONE;
import static io.polyport.server.db.Tables.TICKET;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.server.db.tables.records.MilestoneRecord;
import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.Micros;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * {@link RoadmapService} over the milestone and ticket tables: the milestones in one query, their tickets counted
 * by status and type in another ({@code GROUP BY}), whatever the number of tickets.
 */
@Singleton
public final class Roadmap implements RoadmapService {
    private static final String CLOSED = "closed";
    private static final Comparator<MilestoneRecord> ROADMAP_ORDER = Comparator
            .comparing((MilestoneRecord m) -> m.getCompleted() != null)
            .thenComparing(MilestoneRecord::getCompleted, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MilestoneRecord::getDue, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MilestoneRecord::getName);

    private final Database database;

    @Inject
    public Roadmap(Database database) {
        this.database = database;
    }

    @Override
    public List<Map<String, Object>> getAll(boolean showCompleted, Caller caller) {
        if (!caller.has("MILESTONE_VIEW")) {
            return List.of();
        }
        Condition wanted = showCompleted ? DSL.trueCondition() : MILESTONE.COMPLETED.isNull();
        List<MilestoneRecord> milestones = new ArrayList<>(database.dsl().selectFrom(MILESTONE).where(wanted).fetch());
        milestones.sort(ROADMAP_ORDER);
        return entries(milestones, TICKET.MILESTONE.ne(""), caller);
    }

    @Override
    public Map<String, Object> get(String name, Caller caller) {
        if (!caller.has("MILESTONE_VIEW")) {
            throw RpcException.permissionDenied("MILESTONE_VIEW", "milestone " + name);
        }
        MilestoneRecord milestone = database.dsl().selectFrom(MILESTONE).where(MILESTONE.NAME.eq(name)).fetchOne();
        if (milestone == null) {
            throw RpcException.notFound("Milestone " + name + " does not exist.");
        }
        return entries(List.of(milestone), TICKET.MILESTONE.eq(name), caller).get(0);
    }

    private List<Map<String, Object>> entries(List<MilestoneRecord> milestones, Condition tickets, Caller caller) {
        Map<String, Progress> progress = caller.has("TICKET_VIEW") ? progress(tickets) : null;
        List<Map<String, Object>> entries = new ArrayList<>();
        for (MilestoneRecord milestone : milestones) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", milestone.getName());
            entry.put("due", dateOrZero(milestone.getDue()));
            entry.put("completed", dateOrZero(milestone.getCompleted()));
            entry.put("description", milestone.getDescription());
            if (progress != null) {
                progress.getOrDefault(milestone.getName(), new Progress()).addTo(entry);
            }
            entries.add(entry);
        }
        return entries;
    }

    /** The tickets matching {@code tickets}, counted per milestone by status and type in one grouped query. */
    private Map<String, Progress> progress(Condition tickets) {
        Map<String, Progress> byMilestone = new HashMap<>();
        database.dsl().select(TICKET.MILESTONE, TICKET.STATUS, TICKET.TYPE, DSL.count())
                .from(TICKET)
                .where(tickets)
                .groupBy(TICKET.MILESTONE, TICKET.STATUS, TICKET.TYPE)
                .fetch()
                .forEach(row -> byMilestone.computeIfAbsent(row.value1(), m -> new Progress())
                        .add(row.value2(), row.value3(), row.value4()));
        return byMilestone;
    }

    private static Object dateOrZero(Long micros) {
        return micros == null ? Integer.valueOf(0) : Micros.toInstant(micros);
    }

    /** The ticket counts of one milestone. */
    private static final class Progress {
        private final Map<String, Integer> byStatus = new TreeMap<>();
        private final Map<String, Integer> byType = new TreeMap<>();
        private int total;
        private int closed;

        void add(String status, String type, int count) {
            byStatus.merge(status, count, Integer::sum);
            byType.merge(type, count, Integer::sum);
            total += count;
            if (CLOSED.equals(status)) {
                closed += count;
            }
        }

        void addTo(Map<String, Object> entry) {
            entry.put("total", total);
            entry.put("closed", closed);
            entry.put("percentDone", total == 0 ? 0 : closed * 100 / total);
            entry.put("byStatus", byStatus);
            entry.put("byType", byType);
        }
    }
}
