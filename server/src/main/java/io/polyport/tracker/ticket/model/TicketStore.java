package io.polyport.tracker.ticket.model;

import static io.polyport.server.db.Tables.TICKET;
import static io.polyport.server.db.Tables.TICKET_CUSTOM;

import io.polyport.core.error.RpcException;
import io.polyport.server.db.tables.records.TicketRecord;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UpdateSetMoreStep;

/** Reads and writes ticket rows and their custom field values. It checks nothing; callers validate first. */
public final class TicketStore {
    /** The {@code ticket} column of each standard field. */
    public static final Map<String, TableField<TicketRecord, String>> COLUMNS = columns();

    private final TicketFields fields;

    public TicketStore(TicketFields fields) {
        this.fields = fields;
    }

    private static Map<String, TableField<TicketRecord, String>> columns() {
        Map<String, TableField<TicketRecord, String>> columns = new LinkedHashMap<>();
        columns.put("summary", TICKET.SUMMARY);
        columns.put("reporter", TICKET.REPORTER);
        columns.put("owner", TICKET.OWNER);
        columns.put("description", TICKET.DESCRIPTION);
        columns.put("type", TICKET.TYPE);
        columns.put("status", TICKET.STATUS);
        columns.put("priority", TICKET.PRIORITY);
        columns.put("milestone", TICKET.MILESTONE);
        columns.put("component", TICKET.COMPONENT);
        columns.put("version", TICKET.VERSION);
        columns.put("severity", TICKET.SEVERITY);
        columns.put("resolution", TICKET.RESOLUTION);
        columns.put("keywords", TICKET.KEYWORDS);
        columns.put("cc", TICKET.CC);
        return Map.copyOf(columns);
    }

    /** The ticket {@code id}. */
    public Optional<StoredTicket> find(DSLContext dsl, int id) {
        TicketRecord row = dsl.selectFrom(TICKET).where(TICKET.ID.eq(id)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (String name : TicketFields.STANDARD) {
            values.put(name, row.get(COLUMNS.get(name)));
        }
        List<FieldDef> custom = fields.custom();
        if (!custom.isEmpty()) {
            Map<String, String> stored = dsl.select(TICKET_CUSTOM.NAME, TICKET_CUSTOM.VALUE).from(TICKET_CUSTOM)
                    .where(TICKET_CUSTOM.TICKET.eq(id)).fetchMap(TICKET_CUSTOM.NAME, TICKET_CUSTOM.VALUE);
            for (FieldDef field : custom) {
                values.put(field.name(), stored.getOrDefault(field.name(), field.defaultValue()));
            }
        }
        return Optional.of(new StoredTicket(id, row.getTime(), row.getChangetime(), values));
    }

    /** The ticket {@code id}, or a not-found error in Trac's words. */
    public StoredTicket require(DSLContext dsl, int id) {
        return find(dsl, id).orElseThrow(() -> notFound(id));
    }

    /** Whether ticket {@code id} exists, or a not-found error. */
    public void requireExists(DSLContext dsl, int id) {
        if (!dsl.fetchExists(TICKET, TICKET.ID.eq(id))) {
            throw notFound(id);
        }
    }

    public static RpcException notFound(int id) {
        return RpcException.notFound("Ticket " + id + " does not exist.");
    }

    /** Inserts a new ticket with every stored field in {@code values}; returns its id. */
    public int insert(DSLContext dsl, long time, Map<String, String> values) {
        Record row = dsl.newRecord(TICKET);
        row.set(TICKET.TIME, time);
        row.set(TICKET.CHANGETIME, time);
        COLUMNS.forEach((name, column) -> row.set(column, values.getOrDefault(name, "")));
        int id = dsl.insertInto(TICKET).set(row).returningResult(TICKET.ID).fetchOne(TICKET.ID);
        for (FieldDef field : fields.custom()) {
            dsl.insertInto(TICKET_CUSTOM, TICKET_CUSTOM.TICKET, TICKET_CUSTOM.NAME, TICKET_CUSTOM.VALUE)
                    .values(id, field.name(), values.getOrDefault(field.name(), field.defaultValue()))
                    .execute();
        }
        return id;
    }

    /**
     * Writes {@code changes} and the new change time, provided the ticket still has change time
     * {@code expectedChangetime}.
     *
     * @return false when another writer changed the ticket first; nothing is written then
     */
    public boolean update(DSLContext dsl, int id, long expectedChangetime, long newChangetime,
                          Map<String, String> changes) {
        UpdateSetMoreStep<TicketRecord> update = dsl.update(TICKET).set(TICKET.CHANGETIME, newChangetime);
        changes.forEach((name, value) -> {
            TableField<TicketRecord, String> column = COLUMNS.get(name);
            if (column != null) {
                update.set(column, value);
            }
        });
        if (update.where(TICKET.ID.eq(id)).and(TICKET.CHANGETIME.eq(expectedChangetime)).execute() != 1) {
            return false;
        }
        changes.forEach((name, value) -> {
            if (fields.isCustom(name)) {
                dsl.deleteFrom(TICKET_CUSTOM).where(TICKET_CUSTOM.TICKET.eq(id), TICKET_CUSTOM.NAME.eq(name))
                        .execute();
                dsl.insertInto(TICKET_CUSTOM, TICKET_CUSTOM.TICKET, TICKET_CUSTOM.NAME, TICKET_CUSTOM.VALUE)
                        .values(id, name, value).execute();
            }
        });
        return true;
    }

    /** Deletes the ticket with its custom values, changes and attachments. */
    public void delete(DSLContext dsl, int id) {
        dsl.deleteFrom(TICKET).where(TICKET.ID.eq(id)).execute();
    }
}
