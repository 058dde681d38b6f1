package io.polyport.tracker.importer.trac;

import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * One kind of object an import moves, in one transaction with one checkpoint: the reader that takes it from
 * Trac and the writer that puts it into Polyport.
 *
 * @param name   the kind's name, shown on the progress bar and recorded in the checkpoint
 * @param reader reads the objects from the environment
 * @param writer makes the writer for the kind's transaction
 */
record ImportKind<T>(String name, TracReader<T> reader, Function<DSLContext, KindWriter<T>> writer) {
}
