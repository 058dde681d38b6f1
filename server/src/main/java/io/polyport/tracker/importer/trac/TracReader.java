package io.polyport.tracker.importer.trac;

import java.util.List;
import java.util.function.Consumer;

/** Reads one kind of object from a Trac environment, already in Polyport's shape. */
interface TracReader<T> {
    /** How many objects {@link #read} will hand over (for the progress bar). */
    long count();

    /** Hands every object to {@code sink}, in a stable order; reports what it leaves out. */
    void read(Consumer<T> sink);

    /** A reader of objects already read. */
    static <T> TracReader<T> of(List<T> items) {
        return new TracReader<>() {
            @Override
            public long count() {
                return items.size();
            }

            @Override
            public void read(Consumer<T> sink) {
                items.forEach(sink);
            }
        };
    }
}
