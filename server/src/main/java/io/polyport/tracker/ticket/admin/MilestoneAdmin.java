package io.polyport.tracker.ticket.admin;

import static io.polyport.server.db.Tables.MILESTONE;

import io.polyport.core.error.RpcException;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.event.MilestoneEvent;
import io.polyport.core.invoke.Caller;
import io.polyport.server.db.tables.records.MilestoneRecord;
import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.Micros;
import io.polyport.tracker.ticket.model.FieldOptions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Milestones in the {@code milestone} table. */
@Singleton
public final class MilestoneAdmin implements MilestoneService {
    private static final Set<String> ATTRIBUTES = Set.of("name", "due", "completed", "description");

    private final Database database;
    private final TicketReferences references;
    private final DomainEvents events;

    @Inject
    public MilestoneAdmin(Database database, TicketReferences references, DomainEvents events) {
        this.database = database;
        this.references = references;
        this.events = events;
    }

    @Override
    public List<String> getAll() {
        return FieldOptions.milestoneNames(database.dsl());
    }

    @Override
    public Map<String, Object> get(String name) {
        MilestoneRecord row = require(database.dsl(), name);
        Map<String, Object> milestone = new LinkedHashMap<>();
        milestone.put("name", row.getName());
        milestone.put("due", AdminAttributes.present(row.getDue()));
        milestone.put("completed", AdminAttributes.present(row.getCompleted()));
        milestone.put("description", row.getDescription());
        return milestone;
    }

    @Override
    public void delete(String name, Caller caller) {
        database.transaction(dsl -> {
            require(dsl, name).delete();
            references.clear(dsl, "milestone", name, caller.name(), "Milestone " + name + " deleted.");
            return null;
        });
    }

    @Override
    public void create(String name, Map<String, Object> attributes, Caller caller) {
        String newName = AdminAttributes.name("Milestone", name);
        AdminAttributes attrs = new AdminAttributes("Milestone", attributes, ATTRIBUTES);
        database.transaction(dsl -> {
            if (dsl.fetchExists(MILESTONE, MILESTONE.NAME.eq(newName))) {
                throw RpcException.conflict("Milestone \"" + newName + "\" already exists.");
            }
            MilestoneRecord row = dsl.newRecord(MILESTONE);
            row.setName(newName);
            row.setDue(attrs.time("due"));
            row.setCompleted(attrs.time("completed"));
            row.setDescription(attrs.string("description", ""));
            row.store();
            publishCompleted(newName, null, row.getCompleted(), caller);
            return null;
        });
    }

    @Override
    public void update(String name, Map<String, Object> attributes, Caller caller) {
        AdminAttributes attrs = new AdminAttributes("Milestone", attributes, ATTRIBUTES);
        database.transaction(dsl -> {
            MilestoneRecord row = require(dsl, name);
            String newName = attrs.has("name") ? AdminAttributes.name("Milestone", attrs.string("name", name)) : name;
            if (!newName.equals(name) && dsl.fetchExists(MILESTONE, MILESTONE.NAME.eq(newName))) {
                throw RpcException.conflict("Milestone \"" + newName + "\" already exists.");
            }
            dsl.update(MILESTONE)
                    .set(MILESTONE.NAME, newName)
                    .set(MILESTONE.DUE, attrs.has("due") ? attrs.time("due") : row.getDue())
                    .set(MILESTONE.COMPLETED, attrs.has("completed") ? attrs.time("completed") : row.getCompleted())
                    .set(MILESTONE.DESCRIPTION, attrs.string("description", row.getDescription()))
                    .where(MILESTONE.NAME.eq(name))
                    .execute();
            if (!newName.equals(name)) {
                references.rename(dsl, "milestone", name, newName);
            }
            publishCompleted(newName, row.getCompleted(), attrs.has("completed") ? attrs.time("completed")
                    : row.getCompleted(), caller);
            return null;
        });
    }

    /** A milestone whose completion date is set where there was none is completed (Trac's roadmap event). */
    private void publishCompleted(String name, Long before, Long after, Caller caller) {
        if (before == null && after != null) {
            events.publish(new MilestoneEvent(MilestoneEvent.Kind.COMPLETED, name, Micros.toInstant(after),
                    caller.name()));
        }
    }

    private static MilestoneRecord require(DSLContext dsl, String name) {
        MilestoneRecord row = dsl.selectFrom(MILESTONE).where(MILESTONE.NAME.eq(name)).fetchOne();
        if (row == null) {
            throw RpcException.notFound("Milestone " + name + " does not exist.");
        }
        return row;
    }
}
