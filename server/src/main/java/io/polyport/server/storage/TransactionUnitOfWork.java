package io.polyport.server.storage;

import io.polyport.core.spi.UnitOfWork;
import java.util.function.Supplier;

/**
 * The gateway's unit of work: one database transaction, which the services' own transactions join and their reads
 * see (see {@link Database#transaction}).
 */
public final class TransactionUnitOfWork implements UnitOfWork {
    private final Database database;

    public TransactionUnitOfWork(Database database) {
        this.database = database;
    }

    @Override
    public <T> T run(Supplier<T> work) {
        return database.transaction(tx -> work.get());
    }
}
