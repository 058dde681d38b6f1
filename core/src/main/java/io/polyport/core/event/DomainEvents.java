package io.polyport.core.event;

import java.util.function.Consumer;

/**
 * The bus for {@link DomainEvent}s. Listeners run after the publishing transaction commits, on the thread that
 * committed it, one after another in subscription order; a listener that throws is logged and does not stop the
 * others or fail the call. Listeners that do slow work (network, mail) hand it to a thread of their own.
 */
public interface DomainEvents {

    /**
     * Publishes {@code event}: inside a {@link io.polyport.core.plugin.PluginDatabase#transaction transaction} it is
     * held until the commit and dropped on rollback; outside one it is delivered at once.
     */
    void publish(DomainEvent event);

    /** Calls {@code listener} with every later event of {@code type} (or a subtype). */
    <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> listener);
}
