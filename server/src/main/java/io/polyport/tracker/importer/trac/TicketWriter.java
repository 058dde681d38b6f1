package io.polyport.tracker.importer.trac;

import static io.polyport.server.db.Tables.TICKET;
import static io.polyport.server.db.Tables.TICKET_ATTACHMENT;
import static io.polyport.server.db.Tables.TICKET_CHANGE;
import static io.polyport.server.db.Tables.TICKET_CUSTOM;

import io.polyport.tracker.ticket.model.TicketFields;
import io.polyport.tracker.ticket.model.TicketStore;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Writes tickets with their custom values, change rows (as Trac stores them, so the change log, comment numbers
 * and comment edits read back unchanged) and attachments, in batches. Tickets go first in each round so the other
 * rows' foreign keys hold.
 */
final class TicketWriter implements KindWriter<TracTicket> {
    private static final int TICKETS_PER_ROUND = 200;
    private static final int ROWS_PER_ROUND = 2000;

    private final TicketNumbers numbers;
    private final Batch tickets;
    private final Batch custom;
    private final Batch changes;
    private final Batch attachments;
    private int pending;

    TicketWriter(DSLContext dsl, TicketNumbers numbers) {
        this.numbers = numbers;
        List<Field<?>> ticketColumns = new ArrayList<>(List.of(TICKET.ID, TICKET.TIME, TICKET.CHANGETIME));
        TicketFields.STANDARD.forEach(name -> ticketColumns.add(TicketStore.COLUMNS.get(name)));
        this.tickets = new Batch(dsl, TICKET, ticketColumns.toArray(Field[]::new));
        this.custom = new Batch(dsl, TICKET_CUSTOM, TICKET_CUSTOM.TICKET, TICKET_CUSTOM.NAME, TICKET_CUSTOM.VALUE);
        this.changes = new Batch(dsl, TICKET_CHANGE, TICKET_CHANGE.TICKET, TICKET_CHANGE.TIME, TICKET_CHANGE.AUTHOR,
                TICKET_CHANGE.FIELD, TICKET_CHANGE.OLDVALUE, TICKET_CHANGE.NEWVALUE);
        this.attachments = new Batch(dsl, TICKET_ATTACHMENT, TICKET_ATTACHMENT.TICKET, TICKET_ATTACHMENT.FILENAME,
                TICKET_ATTACHMENT.DESCRIPTION, TICKET_ATTACHMENT.SIZE, TICKET_ATTACHMENT.TIME,
                TICKET_ATTACHMENT.AUTHOR, TICKET_ATTACHMENT.CONTENT);
    }

    @Override
    public void write(TracTicket ticket) {
        int id = numbers.of(ticket.id());
        List<Object> row = new ArrayList<>(List.of(id, ticket.time(), ticket.changetime()));
        TicketFields.STANDARD.forEach(name -> row.add(ticket.fields().get(name)));
        tickets.add(row.toArray());
        ticket.custom().forEach((name, value) -> custom.add(id, name, value));
        for (TracTicket.Change change : ticket.changes()) {
            changes.add(id, change.time(), change.author(), change.field(), change.oldValue(), change.newValue());
        }
        for (TracAttachment attachment : ticket.attachments()) {
            byte[] content = attachment.content();
            attachments.add(id, attachment.filename(), attachment.description(), (long) content.length,
                    attachment.time(), attachment.author(), content);
        }
        if (++pending == TICKETS_PER_ROUND || changes.size() >= ROWS_PER_ROUND) {
            finish();
        }
    }

    @Override
    public void finish() {
        tickets.flush();
        custom.flush();
        changes.flush();
        attachments.flush();
        pending = 0;
    }
}
