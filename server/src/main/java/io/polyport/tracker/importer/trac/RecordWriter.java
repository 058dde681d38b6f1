package io.polyport.tracker.importer.trac;

import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Writes the rows of one small Polyport table (milestones, components, versions, enums, permissions). Replacing
 * first deletes the rows {@code replaced} selects (a fresh database's defaults); an imported row whose key exists
 * already is left alone and reported.
 */
final class RecordWriter<R extends TableRecord<R>> implements KindWriter<R> {
    private final DSLContext dsl;
    private final Table<R> table;
    private final String kind;
    private final Function<R, String> describe;
    private final ImportReport report;

    RecordWriter(DSLContext dsl, Table<R> table, Condition replaced, String kind, Function<R, String> describe,
                 ImportReport report) {
        this.dsl = dsl;
        this.table = table;
        this.kind = kind;
        this.describe = describe;
        this.report = report;
        if (replaced != null) {
            dsl.deleteFrom(table).where(replaced).execute();
        }
    }

    @Override
    public void write(R row) {
        if (dsl.insertInto(table).set(row).onConflictDoNothing().execute() == 0) {
            report.skip(kind, describe.apply(row), "already in Polyport; kept as it is");
        }
    }
}
