package io.polyport.tracker.importer.trac;

import java.util.Collections;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * One INSERT statement executed as a JDBC batch: rows are bound as they come and sent together when the owner
 * flushes (owners flush parent tables first, so foreign keys hold), which is what makes a million change rows a
 * matter of minutes. Plain jOOQ, so it runs on every dialect.
 */
final class Batch {
    private final DSLContext dsl;
    private final Table<?> table;
    private final Field<?>[] columns;
    private BatchBindStep pending;
    private int rows;

    Batch(DSLContext dsl, Table<?> table, Field<?>... columns) {
        this.dsl = dsl;
        this.table = table;
        this.columns = columns;
    }

    /** Adds one row, values in column order. */
    void add(Object... values) {
        if (pending == null) {
            pending = dsl.batch(dsl.insertInto(table, columns).values(Collections.nCopies(columns.length, null)));
        }
        pending.bind(values);
        rows++;
    }

    /** How many rows are bound and not yet sent. */
    int size() {
        return rows;
    }

    /** Sends the rows bound so far. */
    void flush() {
        if (pending != null) {
            pending.execute();
            pending = null;
            rows = 0;
        }
    }
}
