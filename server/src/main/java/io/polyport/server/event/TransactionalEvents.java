package io.polyport.server.event;

import io.polyport.core.event.DomainEvent;
import io.polyport.core.event.DomainEvents;
import io.polyport.server.storage.Database;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's {@link DomainEvents}: an event published inside a {@link Database#transaction} waits for the commit
 * ({@link Database#afterCommit}) and is dropped on rollback; outside one it is delivered at once. Listeners run on
 * the publishing thread in subscription order; one that throws is logged and the others still run.
 */
public final class TransactionalEvents implements DomainEvents {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionalEvents.class);

    private record Subscription<E extends DomainEvent>(Class<E> type, Consumer<? super E> listener) {
        void offer(DomainEvent event) {
            if (type.isInstance(event)) {
                listener.accept(type.cast(event));
            }
        }
    }

    private final Database database;
    private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

    public TransactionalEvents(Database database) {
        this.database = database;
    }

    @Override
    public void publish(DomainEvent event) {
        database.afterCommit(() -> deliver(event));
    }

    @Override
    public <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> listener) {
        subscriptions.add(new Subscription<>(type, listener));
    }

    private void deliver(DomainEvent event) {
        for (Subscription<?> subscription : subscriptions) {
            try {
                subscription.offer(event);
            } catch (RuntimeException | LinkageError e) {
                LOG.error("event listener {} failed on {}", subscription.listener().getClass().getName(),
                        event.getClass().getSimpleName(), e);
            }
        }
    }
}
