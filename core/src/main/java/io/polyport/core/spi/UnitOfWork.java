package io.polyport.core.spi;

import java.util.function.Supplier;

/**
 * Runs several calls as one unit against the server's storage: every call made inside sees one consistent state,
 * and either all their writes happen or none. A protocol uses it where it reads before it writes, e.g. REST's
 * {@code If-Match}: the check and the change then cannot be separated by another client's change, on any node.
 */
public interface UnitOfWork {
    /** Each call on its own: for gateways without shared storage (tests, examples). */
    UnitOfWork NONE = new UnitOfWork() {
        @Override
        public <T> T run(Supplier<T> work) {
            return work.get();
        }
    };

    /** Runs {@code work} as one unit; its exceptions propagate, and a unit that throws leaves no change behind. */
    <T> T run(Supplier<T> work);
}
