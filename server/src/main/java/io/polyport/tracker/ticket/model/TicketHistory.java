package io.polyport.tracker.ticket.model;

import static io.polyport.server.db.Tables.TICKET_ATTACHMENT;
import static io.polyport.server.db.Tables.TICKET_CHANGE;

import io.polyport.tracker.ticket.Micros;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The change history of tickets: recording a change and reading the change log. */
public final class TicketHistory {
    /** One changed field: its value before and after. */
    public record FieldChange(String oldValue, String newValue) {
    }

    /**
     * Records one change: a {@code comment} row (numbered, possibly empty text) and a row per changed field,
     * all with the same time and author.
     */
    public void record(DSLContext dsl, int ticket, long time, String author, String comment,
                       Map<String, FieldChange> changes) {
        int number = dsl.fetchCount(TICKET_CHANGE,
                TICKET_CHANGE.TICKET.eq(ticket).and(TICKET_CHANGE.FIELD.eq("comment"))) + 1;
        var insert = dsl.insertInto(TICKET_CHANGE, TICKET_CHANGE.TICKET, TICKET_CHANGE.TIME, TICKET_CHANGE.AUTHOR,
                TICKET_CHANGE.FIELD, TICKET_CHANGE.OLDVALUE, TICKET_CHANGE.NEWVALUE);
        changes.forEach((field, change) -> insert.values(ticket, time, author, field, change.oldValue(),
                change.newValue()));
        insert.values(ticket, time, author, "comment", Integer.toString(number), comment);
        insert.execute();
    }

    /**
     * The change log of a ticket as {@code [time, author, field, oldvalue, newvalue, permanent]} rows, oldest
     * first, attachments included (permanent 0). With {@code fromMicros}/{@code toMicros} only the rows in that
     * interval (inclusive start, exclusive end).
     */
    public List<List<Object>> changeLog(DSLContext dsl, int ticket, Long fromMicros, Long toMicros) {
        Condition changeTime = DSL.noCondition();
        Condition attachmentTime = DSL.noCondition();
        if (fromMicros != null) {
            changeTime = TICKET_CHANGE.TIME.ge(fromMicros).and(TICKET_CHANGE.TIME.lt(toMicros));
            attachmentTime = TICKET_ATTACHMENT.TIME.ge(fromMicros).and(TICKET_ATTACHMENT.TIME.lt(toMicros));
        }
        record Row(long time, long order, List<Object> entry) {
        }
        List<Row> rows = new ArrayList<>();
        dsl.selectFrom(TICKET_CHANGE).where(TICKET_CHANGE.TICKET.eq(ticket)).and(changeTime)
                .orderBy(TICKET_CHANGE.TIME, TICKET_CHANGE.ID)
                .forEach(r -> rows.add(new Row(r.getTime(), r.getId(), List.of(Micros.toInstant(r.getTime()),
                        r.getAuthor(), r.getField(), nullToEmpty(r.getOldvalue()), nullToEmpty(r.getNewvalue()), 1))));
        dsl.select(TICKET_ATTACHMENT.TIME, TICKET_ATTACHMENT.AUTHOR, TICKET_ATTACHMENT.FILENAME)
                .from(TICKET_ATTACHMENT).where(TICKET_ATTACHMENT.TICKET.eq(ticket)).and(attachmentTime)
                .forEach(r -> rows.add(new Row(r.value1(), Long.MAX_VALUE, List.of(Micros.toInstant(r.value1()),
                        r.value2(), "attachment", "", r.value3(), 0))));
        rows.sort(Comparator.comparingLong(Row::time).thenComparingLong(Row::order));
        return rows.stream().map(Row::entry).toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
