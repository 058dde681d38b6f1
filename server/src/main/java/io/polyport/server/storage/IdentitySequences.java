package io.polyport.server.storage;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Moves PostgreSQL's identity sequences past the ids already in their tables. Rows written with explicit ids (a copy
 * from another database, an import that keeps Trac's ticket numbers) leave a sequence behind them, and the next row
 * inserted without an id would collide. Nothing to do on SQLite, whose ids follow the table's largest one.
 */
public final class IdentitySequences {
    private static final String IDENTITY_COLUMNS = "select table_name, column_name from information_schema.columns"
            + " where is_identity = 'YES' and table_schema = current_schema() order by table_name, column_name";

    private IdentitySequences() {
    }

    /** Sets each identity column's sequence so its next value is one more than the column's largest (1 if empty). */
    public static void advance(DSLContext dsl) {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return;
        }
        for (Record2<String, String> column : dsl.resultQuery(IDENTITY_COLUMNS).coerce(DSL.field("table_name",
                String.class), DSL.field("column_name", String.class)).fetch()) {
            String table = column.value1();
            String name = column.value2();
            dsl.resultQuery("select setval(pg_get_serial_sequence({0}, {1}), coalesce(max({2}), 0) + 1, false) from {3}",
                    DSL.val(dsl.render(DSL.name(table))), DSL.val(name), DSL.field(DSL.name(name)),
                    DSL.table(DSL.name(table))).fetch();
        }
    }
}
