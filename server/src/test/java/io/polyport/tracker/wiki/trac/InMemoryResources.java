package io.polyport.tracker.wiki.trac;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Tracker content for renderer tests: pages with their change times, tickets and milestones in memory. */
final class InMemoryResources implements TracResources {
    private final Map<String, Instant> pages = new TreeMap<>();
    private final Map<Long, TicketRef> tickets = new TreeMap<>();
    private final Map<String, MilestoneRef> milestones = new TreeMap<>();

    InMemoryResources page(String name, Instant changed) {
        pages.put(name, changed);
        return this;
    }

    InMemoryResources ticket(long id, String status, String summary) {
        tickets.put(id, new TicketRef(id, status, summary));
        return this;
    }

    InMemoryResources milestone(String name, boolean completed) {
        milestones.put(name, new MilestoneRef(name, completed));
        return this;
    }

    @Override
    public boolean pageExists(String name) {
        return pages.containsKey(name);
    }

    @Override
    public Optional<TicketRef> ticket(long id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public Optional<MilestoneRef> milestone(String name) {
        return Optional.ofNullable(milestones.get(name));
    }

    @Override
    public List<String> pageNames() {
        return List.copyOf(pages.keySet());
    }

    @Override
    public List<PageChange> recentChanges(int limit) {
        return pages.entrySet().stream().sorted(Map.Entry.<String, Instant>comparingByValue().reversed())
                .limit(limit).map(e -> new PageChange(e.getKey(), e.getValue())).toList();
    }
}
