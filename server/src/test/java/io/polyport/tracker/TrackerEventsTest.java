package io.polyport.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Module;
import io.polyport.core.event.AttachmentEvent;
import io.polyport.core.event.DomainEvent;
import io.polyport.core.event.TicketEvent;
import io.polyport.core.event.WikiPageEvent;
import io.polyport.core.error.RpcException;
import io.polyport.server.config.Config;
import io.polyport.tracker.search.SearchModule;
import io.polyport.tracker.ticket.TicketModule;
import io.polyport.tracker.wiki.WikiModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tracker's write paths publish domain events after their commits; failed writes publish none. */
class TrackerEventsTest {
    @RegisterExtension
    final GatewayFixture tracker = new GatewayFixture(Config.defaults()) {
        @Override
        protected List<Module> modules() {
            return List.of(new TicketModule(), new WikiModule(), new SearchModule());
        }
    };

    private final List<DomainEvent> heard = new ArrayList<>();

    @BeforeEach
    void listen() {
        tracker.events().subscribe(DomainEvent.class, heard::add);
    }

    @Test
    void ticketsCreatedChangedDeletedAndTheirAttachments() {
        tracker.admin("ticket.create", "Crash", "on start", Map.of("priority", "major"));
        tracker.admin("ticket.update", 1, "seen it", Map.of("priority", "critical"));
        tracker.admin("ticket.putAttachment", 1, "log.txt", "the log", "x".getBytes(StandardCharsets.UTF_8));
        tracker.admin("ticket.deleteAttachment", 1, "log.txt");
        tracker.admin("ticket.delete", 1);

        assertThat(heard).hasSize(5);
        TicketEvent created = (TicketEvent) heard.get(0);
        assertThat(created.kind()).isEqualTo(TicketEvent.Kind.CREATED);
        assertThat(created.author()).isEqualTo("admin");
        assertThat(created.changes()).containsEntry("summary", new TicketEvent.FieldChange("", "Crash"))
                .containsEntry("priority", new TicketEvent.FieldChange("", "major"));
        TicketEvent changed = (TicketEvent) heard.get(1);
        assertThat(changed.kind()).isEqualTo(TicketEvent.Kind.CHANGED);
        assertThat(changed.comment()).isEqualTo("seen it");
        assertThat(changed.changes()).isEqualTo(Map.of("priority", new TicketEvent.FieldChange("major", "critical")));
        assertThat(heard.get(2)).isEqualTo(new AttachmentEvent(AttachmentEvent.Kind.ADDED, "ticket", "1", "log.txt",
                heard.get(2).time(), "admin"));
        assertThat(((AttachmentEvent) heard.get(3)).kind()).isEqualTo(AttachmentEvent.Kind.REMOVED);
        assertThat(heard.get(4)).isEqualTo(new TicketEvent(TicketEvent.Kind.DELETED, 1, heard.get(4).time(),
                "admin", Map.of(), ""));
    }

    @Test
    void aRefusedChangePublishesNothing() {
        tracker.admin("ticket.create", "Crash", "", Map.of());
        heard.clear();
        assertThatThrownBy(() -> tracker.admin("ticket.update", 1, "", Map.of("priority", "no such priority")))
                .isInstanceOf(RpcException.class);
        assertThat(heard).isEmpty();
    }

    @Test
    void wikiPagesSavedAndDeletedAndTheirAttachments() {
        tracker.admin("wiki.putPage", "Start", "hello", Map.of("comment", "first"));
        tracker.admin("wiki.putAttachment", "Start/a.txt", "a".getBytes(StandardCharsets.UTF_8));
        tracker.admin("wiki.deleteAttachment", "Start/a.txt");
        tracker.admin("wiki.deletePage", "Start");

        assertThat(heard).extracting(TrackerEventsTest::describe).containsExactly("WikiPageEvent SAVED Start v1 first", "AttachmentEvent ADDED wiki:Start/a.txt",
                "AttachmentEvent REMOVED wiki:Start/a.txt", "WikiPageEvent DELETED Start v1 ");
    }

    private static String describe(DomainEvent event) {
        if (event instanceof WikiPageEvent page) {
            return "WikiPageEvent " + page.kind() + " " + page.page() + " v" + page.version() + " " + page.comment();
        }
        AttachmentEvent attachment = (AttachmentEvent) event;
        return "AttachmentEvent " + attachment.kind() + " " + attachment.realm() + ":" + attachment.parentId() + "/"
                + attachment.filename();
    }
}
