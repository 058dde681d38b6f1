package io.polyport.tracker.ticket;

import static io.polyport.server.db.Tables.COMPONENT;

import io.polyport.core.error.RpcException;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.event.TicketEvent;
import io.polyport.core.invoke.Caller;
import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.model.FieldOptions;
import io.polyport.tracker.ticket.model.StoredTicket;
import io.polyport.tracker.ticket.model.TicketFields;
import io.polyport.tracker.ticket.model.TicketHistory;
import io.polyport.tracker.ticket.model.TicketHistory.FieldChange;
import io.polyport.tracker.ticket.model.TicketStore;
import io.polyport.tracker.ticket.workflow.TicketWorkflow;
import io.polyport.tracker.ticket.workflow.WorkflowAction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Creates and changes tickets, each in one transaction: attributes are checked against the fields, their
 * options, the caller's permissions, the workflow and the {@code _ts} the client read, and then either all of
 * the change is written or none of it. Each publishes a {@link TicketEvent}, delivered after the commit.
 */
@Singleton
public final class TicketEditor {
    private static final Set<String> IGNORED_ON_CREATE = Set.of("time", "changetime", "_ts", "status", "resolution");

    private final Database database;
    private final TicketFields fields;
    private final TicketStore store;
    private final TicketHistory history;
    private final TicketWorkflow workflow;
    private final DomainEvents events;

    @Inject
    public TicketEditor(Database database, TicketFields fields, TicketStore store, TicketHistory history,
                        TicketWorkflow workflow, DomainEvents events) {
        this.database = database;
        this.fields = fields;
        this.store = store;
        this.history = history;
        this.workflow = workflow;
        this.events = events;
    }

    /** Creates a ticket reported by the caller (or, for TICKET_ADMIN, by the given reporter); returns its id. */
    public int create(String summary, String description, Map<String, Object> attributes, Instant when,
                      Caller caller) {
        if (summary == null || summary.isBlank()) {
            throw RpcException.invalidField("summary", "Tickets must contain a summary.");
        }
        Map<String, String> values = fields.defaults();
        Map<String, String> given = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (!IGNORED_ON_CREATE.contains(name)) {
                given.put(name, fields.normalize(name, value));
            }
        });
        given.put("summary", fields.normalize("summary", summary));
        given.put("description", fields.normalize("description", description));
        if (!caller.has("TICKET_ADMIN") || given.getOrDefault("reporter", "").isBlank()) {
            given.put("reporter", caller.name());
        }
        values.putAll(given);
        values.put("status", "new");
        long time = when != null && caller.has("TICKET_ADMIN") ? Micros.of(when) : Micros.now();
        return database.transaction(dsl -> {
            options(dsl).validate(fields, given);
            if (values.get("owner").isBlank()) {
                values.put("owner", componentOwner(dsl, values.get("component")));
            }
            int id = store.insert(dsl, time, values);
            Map<String, TicketEvent.FieldChange> initial = new LinkedHashMap<>();
            values.forEach((name, value) -> {
                if (value != null && !value.isEmpty()) {
                    initial.put(name, new TicketEvent.FieldChange("", value));
                }
            });
            events.publish(new TicketEvent(TicketEvent.Kind.CREATED, id, Micros.toInstant(time),
                    values.get("reporter"), initial, ""));
            return id;
        });
    }

    /**
     * Changes a ticket by the workflow (with {@code attributes.action}) or directly (without), as
     * {@code ticket.update} describes; returns nothing, the caller re-reads the ticket.
     */
    public void update(int id, String comment, Map<String, Object> attributes, String author, Instant when,
                       Caller caller) {
        Map<String, Object> attrs = new LinkedHashMap<>(attributes);
        attrs.remove("time");
        attrs.remove("changetime");
        Object token = attrs.remove("_ts");
        Object actionName = attrs.remove("action");
        String text = comment == null ? "" : comment.replace("\r\n", "\n");
        String changeAuthor = author != null && !author.isBlank()
                && (caller.has("TICKET_ADMIN") || !caller.authenticated()) ? author : caller.name();
        Long requestedTime = when != null && caller.has("TICKET_ADMIN") ? Micros.of(when) : null;
        Long expected = token == null ? null : parseToken(token);
        database.transaction(dsl -> {
            StoredTicket ticket = store.require(dsl, id);
            Map<String, String> wanted;
            if (actionName != null) {
                if (expected != null && expected != ticket.changetime()) {
                    throw RpcException.conflict("Your changes have not been saved because this ticket has been "
                            + "modified since you started editing.");
                }
                wanted = byWorkflow(dsl, ticket, String.valueOf(actionName), attrs, caller, text);
            } else {
                if (expected != null && expected != ticket.changetime()) {
                    throw RpcException.conflict("Ticket has been updated since last get().");
                }
                wanted = directly(ticket, attrs, caller, text);
            }
            Map<String, FieldChange> changes = new LinkedHashMap<>();
            for (String name : fields.storedNames()) {
                String value = wanted.get(name);
                if (value != null && !value.equals(ticket.value(name))) {
                    changes.put(name, new FieldChange(ticket.value(name), value));
                }
            }
            if (changes.isEmpty() && text.isEmpty()) {
                return null;
            }
            Map<String, String> newValues = new LinkedHashMap<>();
            changes.forEach((name, change) -> newValues.put(name, change.newValue()));
            options(dsl).validate(fields, newValues);
            long changetime = Math.max(requestedTime != null ? requestedTime : Micros.now(), ticket.changetime() + 1);
            if (!store.update(dsl, id, ticket.changetime(), changetime, newValues)) {
                throw RpcException.conflict("Ticket has been updated since last get().");
            }
            long recorded = requestedTime != null ? requestedTime : changetime;
            history.record(dsl, id, recorded, changeAuthor, text, changes);
            Map<String, TicketEvent.FieldChange> changed = new LinkedHashMap<>();
            changes.forEach((name, change) -> changed.put(name, new TicketEvent.FieldChange(
                    Objects.requireNonNullElse(change.oldValue(), ""), change.newValue())));
            events.publish(new TicketEvent(TicketEvent.Kind.CHANGED, id, Micros.toInstant(recorded), changeAuthor,
                    changed, text));
            return null;
        });
    }

    private Map<String, String> byWorkflow(DSLContext dsl, StoredTicket ticket, String actionName,
                                           Map<String, Object> attrs, Caller caller, String comment) {
        WorkflowAction action = workflow.require(caller, ticket, actionName);
        Map<String, Object> inputs = new LinkedHashMap<>();
        Map<String, String> wanted = new LinkedHashMap<>();
        attrs.forEach((name, value) -> {
            if (TicketWorkflow.isActionInput(name)) {
                inputs.put(name, value);
            } else if (!name.equals("status")) {
                wanted.put(name, fields.normalize(name, value));
            }
        });
        requirePermissions(caller, ticket, wanted, comment, "TICKET_CHGPROP");
        wanted.putAll(workflow.apply(action, ticket, caller, inputs,
                FieldOptions.enumNames(dsl, "resolution")));
        return wanted;
    }

    /**
     * The legacy path without a workflow action. As in Trac's RPC plugin it requires TICKET_MODIFY for any update,
     * a comment alone included: TICKET_APPEND and TICKET_CHGPROP only apply through the workflow.
     */
    private Map<String, String> directly(StoredTicket ticket, Map<String, Object> attrs, Caller caller,
                                         String comment) {
        if (!caller.has("TICKET_MODIFY")) {
            throw RpcException.permissionDenied("TICKET_MODIFY", "Ticket #" + ticket.id());
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        attrs.forEach((name, value) -> wanted.put(name, fields.normalize(name, value)));
        requirePermissions(caller, ticket, wanted, comment, "TICKET_MODIFY");
        return wanted;
    }

    /** A comment needs TICKET_APPEND; changing a field needs {@code changeAction}. */
    private static void requirePermissions(Caller caller, StoredTicket ticket, Map<String, String> wanted,
                                           String comment, String changeAction) {
        boolean changes = wanted.entrySet().stream().anyMatch(e -> !e.getValue().equals(ticket.value(e.getKey())));
        if (changes && !caller.has(changeAction)) {
            throw RpcException.permissionDenied(changeAction, "Ticket #" + ticket.id());
        }
        if (!comment.isEmpty() && !caller.has("TICKET_APPEND")) {
            throw RpcException.permissionDenied("TICKET_APPEND", "Ticket #" + ticket.id());
        }
    }

    private static long parseToken(Object token) {
        if (token instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(token).strip());
        } catch (NumberFormatException e) {
            throw RpcException.invalidField("_ts", "RPC ticket.update: Wrong '_ts' token in attributes ('" + token
                    + "').");
        }
    }

    private FieldOptions options(DSLContext dsl) {
        return new FieldOptions(dsl, workflow.statuses());
    }

    private static String componentOwner(DSLContext dsl, String component) {
        String owner = dsl.select(COMPONENT.OWNER).from(COMPONENT).where(COMPONENT.NAME.eq(component))
                .fetchOne(COMPONENT.OWNER);
        return owner == null ? "" : owner;
    }
}
