package io.polyport.tracker.wiki;

import static io.polyport.server.db.Tables.MILESTONE;
import static io.polyport.server.db.Tables.TICKET;

import io.polyport.server.storage.Database;
import io.polyport.tracker.wiki.trac.TracResources;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link TracResources} over the tracker's database. */
final class DatabaseResources implements TracResources {
    private final Database database;
    private final PageStore pages = new PageStore();

    DatabaseResources(Database database) {
        this.database = database;
    }

    @Override
    public boolean pageExists(String name) {
        return pages.exists(database.dsl(), name);
    }

    @Override
    public Optional<TicketRef> ticket(long id) {
        if (id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return database.dsl().select(TICKET.STATUS, TICKET.SUMMARY).from(TICKET).where(TICKET.ID.eq((int) id))
                .fetchOptional(row -> new TicketRef(id, row.value1(), row.value2()));
    }

    @Override
    public Optional<MilestoneRef> milestone(String name) {
        return database.dsl().select(MILESTONE.COMPLETED).from(MILESTONE).where(MILESTONE.NAME.eq(name))
                .fetchOptional(row -> new MilestoneRef(name, row.value1() != null && row.value1() > 0));
    }

    @Override
    public List<String> pageNames() {
        return pages.names(database.dsl());
    }

    @Override
    public List<PageChange> recentChanges(int limit) {
        return pages.latestChangedSince(database.dsl(), Instant.EPOCH).stream().limit(limit)
                .map(page -> new PageChange(page.name(), page.time())).toList();
    }
}
