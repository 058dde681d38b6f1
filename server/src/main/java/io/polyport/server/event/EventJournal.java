package io.polyport.server.event;

import static io.polyport.server.db.Tables.EVENT_LOG;
import static io.polyport.server.db.Tables.TICKET;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.event.AttachmentEvent;
import io.polyport.core.event.DomainEvent;
import io.polyport.core.event.MilestoneEvent;
import io.polyport.core.event.TicketEvent;
import io.polyport.core.event.WikiPageEvent;
import io.polyport.server.auth.EpochMicros;
import io.polyport.server.storage.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Writes every domain event into the {@code event_log} table inside the transaction that made it (the
 * transactional outbox), with its timeline kind, title and short text. Written together with the change, an event
 * is never lost and never recorded for a change that rolled back. Ids grow in commit order, so readers following
 * them miss nothing: SQLite serialises writers; on PostgreSQL, where transactions of several nodes run at once, the
 * insert first takes a transaction-scoped advisory lock, so a transaction that has drawn an id commits before
 * another can draw the next.
 */
public final class EventJournal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TEXT_LENGTH = 300;
    /** The advisory lock key that orders journal inserts on PostgreSQL (an arbitrary constant of ours). */
    private static final long JOURNAL_LOCK = 0x706f6c79_6a726e6cL;

    private final Database database;

    public EventJournal(Database database) {
        this.database = database;
    }

    /** Records {@code event} in the current transaction, or in one of its own outside any. */
    public void append(DomainEvent event) {
        database.currentTransaction().ifPresentOrElse(tx -> insert(tx, event),
                () -> database.transaction(tx -> {
                    insert(tx, event);
                    return null;
                }));
    }

    private static void insert(DSLContext tx, DomainEvent event) {
        Entry entry = entry(tx, event);
        if (tx.dialect() == SQLDialect.POSTGRES) {
            tx.execute("SELECT pg_advisory_xact_lock(?)", JOURNAL_LOCK);
        }
        tx.insertInto(EVENT_LOG)
                .set(EVENT_LOG.TIME, EpochMicros.of(event.time()))
                .set(EVENT_LOG.KIND, entry.kind())
                .set(EVENT_LOG.REALM, entry.realm())
                .set(EVENT_LOG.TARGET, entry.target())
                .set(EVENT_LOG.AUTHOR, event.author())
                .set(EVENT_LOG.TITLE, entry.title())
                .set(EVENT_LOG.TEXT, shorten(entry.text()))
                .set(EVENT_LOG.PAYLOAD, payload(event))
                .execute();
    }

    /** An event as the timeline shows it. */
    private record Entry(String kind, String realm, String target, String title, String text) {
    }

    private static Entry entry(DSLContext tx, DomainEvent event) {
        if (event instanceof TicketEvent ticket) {
            return ticket(tx, ticket);
        }
        if (event instanceof WikiPageEvent page) {
            String kind = switch (page.kind()) {
                case SAVED -> page.version() == 1 ? "wiki.created" : "wiki.edited";
                case DELETED -> "wiki.deleted";
            };
            String verb = kind.substring(5);
            return new Entry(kind, "wiki", page.page(), "Page " + page.page() + " " + verb
                    + (page.kind() == WikiPageEvent.Kind.SAVED ? " (version " + page.version() + ")" : ""),
                    page.comment());
        }
        if (event instanceof AttachmentEvent attachment) {
            boolean added = attachment.kind() == AttachmentEvent.Kind.ADDED;
            String parent = attachment.realm().equals("ticket") ? "ticket #" + attachment.parentId()
                    : "page " + attachment.parentId();
            return new Entry(added ? "attachment.added" : "attachment.removed", attachment.realm(),
                    attachment.parentId(), "File " + attachment.filename() + (added ? " attached to " : " removed from ")
                    + parent, attachment.filename());
        }
        MilestoneEvent milestone = (MilestoneEvent) event;
        return new Entry("milestone.completed", "milestone", milestone.milestone(),
                "Milestone " + milestone.milestone() + " completed", "");
    }

    private static Entry ticket(DSLContext tx, TicketEvent event) {
        String target = String.valueOf(event.ticketId());
        String summary = summary(tx, event);
        String title = "Ticket #" + target + (summary.isEmpty() ? "" : " (" + summary + ")");
        Map<String, TicketEvent.FieldChange> changes = event.changes();
        return switch (event.kind()) {
            case CREATED -> new Entry("ticket.created", "ticket", target, title + " created",
                    changes.containsKey("description") ? changes.get("description").newValue() : "");
            case DELETED -> new Entry("ticket.deleted", "ticket", target, "Ticket #" + target + " deleted", "");
            case CHANGED -> {
                TicketEvent.FieldChange status = changes.get("status");
                if (status != null && status.newValue().equals("closed")) {
                    yield new Entry("ticket.closed", "ticket", target, title + " closed", event.comment());
                }
                if (status != null && status.oldValue().equals("closed")) {
                    yield new Entry("ticket.reopened", "ticket", target, title + " reopened", event.comment());
                }
                if (changes.isEmpty()) {
                    yield new Entry("ticket.commented", "ticket", target, title + " commented", event.comment());
                }
                yield new Entry("ticket.changed", "ticket", target, title + " changed: "
                        + String.join(", ", changes.keySet()), event.comment());
            }
        };
    }

    private static String summary(DSLContext tx, TicketEvent event) {
        TicketEvent.FieldChange changed = event.changes().get("summary");
        if (changed != null) {
            return changed.newValue();
        }
        String stored = tx.select(TICKET.SUMMARY).from(TICKET).where(TICKET.ID.eq(event.ticketId()))
                .fetchOne(TICKET.SUMMARY);
        return stored == null ? "" : stored;
    }

    private static String shorten(String text) {
        return text.length() <= TEXT_LENGTH ? text : text.substring(0, TEXT_LENGTH - 1) + "…";
    }

    /** The whole event as JSON, for webhook receivers. */
    private static String payload(DomainEvent event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.getClass().getSimpleName());
        for (var component : event.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(event);
                payload.put(component.getName(), value instanceof java.time.Instant || value instanceof Enum<?>
                        ? value.toString() : value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
