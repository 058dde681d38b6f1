package io.polyport.tracker.importer.trac;

import static io.polyport.server.db.Tables.TICKET;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The Polyport number of each imported ticket: its Trac number, or with {@code --merge} the next free number
 * after the database's own tickets, in Trac's order (reported as a mapping).
 */
final class TicketNumbers {
    private final ImportReport report;
    private int next;

    private TicketNumbers(ImportReport report, int next) {
        this.report = report;
        this.next = next;
    }

    /** Keeps Trac's numbers. */
    static TicketNumbers kept() {
        return new TicketNumbers(null, 0);
    }

    /** Numbers tickets after the highest one in the database. */
    static TicketNumbers after(DSLContext dsl, ImportReport report) {
        Integer highest = dsl.select(DSL.max(TICKET.ID)).from(TICKET).fetchOne(0, Integer.class);
        return new TicketNumbers(report, highest == null ? 1 : highest + 1);
    }

    int of(int tracNumber) {
        if (report == null) {
            return tracNumber;
        }
        int number = next++;
        report.renumbered(tracNumber, number);
        return number;
    }
}
