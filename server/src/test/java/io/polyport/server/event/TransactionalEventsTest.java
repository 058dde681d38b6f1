package io.polyport.server.event;

import io.polyport.server.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.event.DomainEvent;
import io.polyport.core.event.TicketEvent;
import io.polyport.core.event.WikiPageEvent;
import io.polyport.server.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events wait for the commit of the transaction that published them, and die with its rollback. */
class TransactionalEventsTest {
    @TempDir
    Path folder;
    private Database database;
    private TransactionalEvents events;
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void open() {
        database = TestDatabases.open(folder);
        events = new TransactionalEvents(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static TicketEvent created(int id) {
        return new TicketEvent(TicketEvent.Kind.CREATED, id, Instant.EPOCH, "alice", Map.of(), "");
    }

    @Test
    void anEventInsideATransactionIsDeliveredAfterTheCommit() {
        events.subscribe(TicketEvent.class, event -> heard.add(
                "ticket " + event.ticketId() + (database.inTransaction() ? " inside" : " after commit")));
        database.transaction(dsl -> {
            events.publish(created(1));
            assertThat(heard).isEmpty();
            return null;
        });
        assertThat(heard).containsExactly("ticket 1 after commit");
    }

    @Test
    void anEventOfARolledBackTransactionIsDropped() {
        events.subscribe(DomainEvent.class, event -> heard.add("heard"));
        assertThatThrownBy(() -> database.transaction(dsl -> {
            events.publish(created(1));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(heard).isEmpty();
    }

    @Test
    void outsideATransactionAnEventIsDeliveredAtOnceToTheListenersOfItsType() {
        events.subscribe(WikiPageEvent.class, event -> heard.add("wiki " + event.page()));
        events.subscribe(DomainEvent.class, event -> heard.add("any"));
        events.publish(created(2));
        events.publish(new WikiPageEvent(WikiPageEvent.Kind.SAVED, "Start", 1, Instant.EPOCH, "bob", ""));
        assertThat(heard).containsExactly("any", "wiki Start", "any");
    }

    @Test
    void aFailingListenerDoesNotStopTheOthersOrTheCall() {
        events.subscribe(TicketEvent.class, event -> {
            throw new IllegalStateException("listener bug");
        });
        events.subscribe(TicketEvent.class, event -> heard.add("second"));
        int result = database.transaction(dsl -> {
            events.publish(created(3));
            return 42;
        });
        assertThat(result).isEqualTo(42);
        assertThat(heard).containsExactly("second");
    }
}
