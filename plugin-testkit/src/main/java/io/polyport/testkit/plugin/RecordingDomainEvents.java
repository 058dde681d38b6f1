package io.polyport.testkit.plugin;

import io.polyport.core.event.DomainEvent;
import io.polyport.core.event.DomainEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Domain events for tests, delivered as the server delivers them (after the publishing transaction commits, in
 * subscription order, a throwing listener logged and skipped) and recorded, so a test can see what was published.
 */
public final class RecordingDomainEvents implements DomainEvents {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingDomainEvents.class);

    private record Subscription(Class<? extends DomainEvent> type, Consumer<DomainEvent> listener) {
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final List<DomainEvent> delivered = new CopyOnWriteArrayList<>();
    private final ThreadLocal<List<DomainEvent>> pending = new ThreadLocal<>();

    @Override
    public void publish(DomainEvent event) {
        List<DomainEvent> held = pending.get();
        if (held != null) {
            held.add(event);
        } else {
            deliver(event);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> listener) {
        subscriptions.add(new Subscription(type, event -> listener.accept((E) event)));
    }

    /** Every event delivered so far, in order. */
    public List<DomainEvent> delivered() {
        return List.copyOf(delivered);
    }

    /** The delivered events of {@code type}, in order. */
    public <E extends DomainEvent> List<E> delivered(Class<E> type) {
        return delivered.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Holds events published on this thread until {@link #endTransaction}. */
    void beginTransaction() {
        pending.set(new ArrayList<>());
    }

    /** Delivers the held events when {@code committed}, drops them otherwise. */
    void endTransaction(boolean committed) {
        List<DomainEvent> held = pending.get();
        pending.remove();
        if (committed && held != null) {
            held.forEach(this::deliver);
        }
    }

    private void deliver(DomainEvent event) {
        delivered.add(event);
        for (Subscription subscription : subscriptions) {
            if (subscription.type().isInstance(event)) {
                try {
                    subscription.listener().accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("a listener of {} failed", event.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
