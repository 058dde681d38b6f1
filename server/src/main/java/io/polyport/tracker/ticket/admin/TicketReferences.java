package io.polyport.tracker.ticket.admin;

import static io.polyport.server.db.Tables.TICKET;

import io.polyport.tracker.ticket.Micros;
import io.polyport.tracker.ticket.model.TicketHistory;
import io.polyport.tracker.ticket.model.TicketHistory.FieldChange;
import io.polyport.tracker.ticket.model.TicketStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Keeps tickets consistent with the administration objects they name: a rename follows into every ticket (as
 * Trac does, without a change record), a deletion clears the field of every ticket that used it, recorded as a
 * change of that ticket so its history and {@code _ts} stay truthful.
 */
@Singleton
public final class TicketReferences {
    private final TicketHistory history;

    @Inject
    public TicketReferences(TicketHistory history) {
        this.history = history;
    }

    /** Renames {@code from} to {@code to} in the standard field {@code field} of every ticket. */
    public void rename(DSLContext dsl, String field, String from, String to) {
        Field<String> column = TicketStore.COLUMNS.get(field);
        dsl.update(TICKET).set(column, to).where(column.eq(from)).execute();
    }

    /** Clears {@code value} from {@code field} of every ticket, recording the change by {@code author}. */
    public void clear(DSLContext dsl, String field, String value, String author, String reason) {
        Field<String> column = TicketStore.COLUMNS.get(field);
        List<Integer> ids = dsl.select(TICKET.ID).from(TICKET).where(column.eq(value)).fetch(TICKET.ID);
        long now = Micros.now();
        for (int id : ids) {
            long changetime = dsl.select(TICKET.CHANGETIME).from(TICKET).where(TICKET.ID.eq(id))
                    .fetchOne(TICKET.CHANGETIME);
            dsl.update(TICKET).set(column, "").set(TICKET.CHANGETIME, Math.max(now, changetime + 1))
                    .where(TICKET.ID.eq(id)).execute();
            history.record(dsl, id, now, author, reason, Map.of(field, new FieldChange(value, "")));
        }
    }
}
