package io.polyport.tracker.importer.trac;

import static io.polyport.server.db.Tables.IMPORT_CHECKPOINT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jooq.DSLContext;

/** The kinds an import of one environment has finished, recorded in the kind's own transaction. */
final class Checkpoints {
    private final String source;

    Checkpoints(String source) {
        this.source = source;
    }

    /** Whether an import of this environment has finished any kind (so running again resumes it). */
    boolean started(DSLContext dsl) {
        return dsl.fetchExists(IMPORT_CHECKPOINT, IMPORT_CHECKPOINT.SOURCE.eq(source));
    }

    /** How many objects of {@code kind} a previous run imported, if it finished that kind. */
    Optional<Long> finished(DSLContext dsl, String kind) {
        return dsl.select(IMPORT_CHECKPOINT.OBJECTS).from(IMPORT_CHECKPOINT)
                .where(IMPORT_CHECKPOINT.SOURCE.eq(source), IMPORT_CHECKPOINT.KIND.eq(kind))
                .fetchOptional(IMPORT_CHECKPOINT.OBJECTS);
    }

    /** Records that {@code kind} is imported, inside the transaction that imported it. */
    void finish(DSLContext dsl, String kind, long objects) {
        dsl.insertInto(IMPORT_CHECKPOINT)
                .set(IMPORT_CHECKPOINT.SOURCE, source)
                .set(IMPORT_CHECKPOINT.KIND, kind)
                .set(IMPORT_CHECKPOINT.OBJECTS, objects)
                .set(IMPORT_CHECKPOINT.FINISHED, ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()))
                .execute();
    }
}
