package io.polyport.tracker.importer.trac;

/** Writes one kind of imported object into Polyport, inside the kind's transaction; may batch. */
interface KindWriter<T> {
    void write(T item);

    /** Writes what is still batched; called once after the last object. */
    default void finish() {
    }
}
