package io.polyport.tracker.ticket;

import static io.polyport.server.db.Tables.TICKET;

import io.polyport.core.error.RpcException;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.event.TicketEvent;
import io.polyport.core.invoke.Caller;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.ReadCache;
import io.polyport.tracker.ticket.attachment.TicketAttachments;
import io.polyport.tracker.ticket.model.FieldOptions;
import io.polyport.tracker.ticket.model.StoredTicket;
import io.polyport.tracker.ticket.model.TicketFields;
import io.polyport.tracker.ticket.model.TicketHistory;
import io.polyport.tracker.ticket.model.TicketStore;
import io.polyport.tracker.ticket.query.TicketQueryExecutor;
import io.polyport.tracker.ticket.query.TicketQueryParser;
import io.polyport.tracker.ticket.workflow.TicketWorkflow;
import io.polyport.tracker.ticket.workflow.WorkflowAction;
import io.polyport.tracker.wiki.WikiRenderer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The {@code ticket} namespace over the database; writes go through {@link TicketEditor}. */
@Singleton
public final class TicketServiceImpl implements TicketService {
    private final Database database;
    private final TicketFields fields;
    private final TicketStore store;
    private final TicketHistory history;
    private final TicketWorkflow workflow;
    private final TicketEditor editor;
    private final TicketQueryExecutor queries;
    private final TicketAttachments attachments;
    private final DomainEvents events;
    private final WikiRenderer renderer;
    /** Tickets as last read outside a transaction; hot tickets cost no query until the next write. */
    private final ReadCache<Integer, StoredTicket> readTickets;

    @Inject
    public TicketServiceImpl(Database database, TicketFields fields, TicketStore store, TicketHistory history,
                             TicketWorkflow workflow, TicketEditor editor, TicketQueryExecutor queries,
                             TicketAttachments attachments, DomainEvents events, WikiRenderer renderer) {
        this.database = database;
        this.fields = fields;
        this.store = store;
        this.history = history;
        this.workflow = workflow;
        this.editor = editor;
        this.queries = queries;
        this.attachments = attachments;
        this.events = events;
        this.renderer = renderer;
        this.readTickets = database.readCache(10_000);
    }

    @Override
    public List<Integer> query(String qstr) {
        return queries.execute(database.dsl(), TicketQueryParser.parse(qstr == null ? "" : qstr));
    }

    @Override
    public List<Integer> getRecentChanges(Instant since) {
        if (since == null) {
            throw RpcException.invalidField("since", "getRecentChanges needs a date-time.");
        }
        return database.dsl().select(TICKET.ID).from(TICKET).where(TICKET.CHANGETIME.ge(Micros.of(since)))
                .orderBy(TICKET.ID).fetch(TICKET.ID);
    }

    @Override
    public List<String> getAvailableActions(int id, Caller caller) {
        StoredTicket ticket = store.require(database.dsl(), id);
        return workflow.available(caller, ticket).stream().map(WorkflowAction::name).toList();
    }

    @Override
    public List<List<Object>> getActions(int id, Caller caller) {
        DSLContext dsl = database.dsl();
        StoredTicket ticket = store.require(dsl, id);
        List<String> resolutions = FieldOptions.enumNames(dsl, "resolution");
        return workflow.available(caller, ticket).stream()
                .map(action -> workflow.describe(action, ticket, caller, resolutions)).toList();
    }

    @Override
    public List<Object> get(int id) {
        StoredTicket ticket = readTickets.get(id, key -> store.find(database.dsl(), key).orElse(null));
        if (ticket == null) {
            throw TicketStore.notFound(id);
        }
        return present(ticket);
    }

    @Override
    public int create(String summary, String description, Map<String, Object> attributes, boolean notify,
                      Instant when, Caller caller) {
        return editor.create(summary, description, attributes == null ? Map.of() : attributes, when, caller);
    }

    @Override
    public List<Object> update(int id, String comment, Map<String, Object> attributes, boolean notify,
                               String author, Instant when, Caller caller) {
        editor.update(id, comment, attributes == null ? Map.of() : attributes, author, when, caller);
        return get(id);
    }

    @Override
    public void delete(int id, Caller caller) {
        database.transaction(dsl -> {
            store.requireExists(dsl, id);
            store.delete(dsl, id);
            events.publish(new TicketEvent(TicketEvent.Kind.DELETED, id, Instant.now(), caller.name(), Map.of(), ""));
            return null;
        });
    }

    @Override
    public List<List<Object>> changeLog(int id, int when) {
        DSLContext dsl = database.dsl();
        store.requireExists(dsl, id);
        if (when == 0) {
            return history.changeLog(dsl, id, null, null);
        }
        long from = when * 1_000_000L;
        return history.changeLog(dsl, id, from, from + 1_000_000L);
    }

    @Override
    public String getDescriptionHTML(int id) {
        Map<?, ?> fields = (Map<?, ?>) get(id).get(3);
        Object description = fields.get("description");
        return renderer.toHtml(description == null ? "" : description.toString(), null);
    }

    @Override
    public List<List<Object>> listAttachments(int ticket) {
        return attachments.list(ticket);
    }

    @Override
    public byte[] getAttachment(int ticket, String filename) {
        return attachments.content(ticket, filename);
    }

    @Override
    public String putAttachment(int ticket, String filename, String description, byte[] data, boolean replace,
                                Caller caller) {
        return attachments.put(ticket, filename, description, data, replace, caller);
    }

    @Override
    public boolean deleteAttachment(int ticket, String filename, Caller caller) {
        attachments.delete(ticket, filename, caller);
        return true;
    }

    @Override
    public List<Map<String, Object>> getTicketFields() {
        return fields.describe(new FieldOptions(database.dsl(), workflow.statuses()));
    }

    /** {@code [id, time, changetime, attributes]} with every field, the times and {@code _ts}. */
    private List<Object> present(StoredTicket ticket) {
        Instant time = Micros.toInstant(ticket.time());
        Instant changetime = Micros.toInstant(ticket.changetime());
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String name : fields.storedNames()) {
            attributes.put(name, fields.present(name, ticket.value(name)));
        }
        attributes.put("time", time);
        attributes.put("changetime", changetime);
        attributes.put("_ts", Long.toString(ticket.changetime()));
        return List.of(ticket.id(), time, changetime, attributes);
    }
}
