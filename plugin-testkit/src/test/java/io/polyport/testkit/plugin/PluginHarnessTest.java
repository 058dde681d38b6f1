package io.polyport.testkit.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.event.TicketEvent;
import io.polyport.core.invoke.Caller;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness runs a plugin as the server would: migrated tables, bound config, invoker, events after commit. */
class PluginHarnessTest {
    private static TicketEvent created(int ticket) {
        return new TicketEvent(TicketEvent.Kind.CREATED, ticket, Instant.EPOCH, "alice", Map.of(), "");
    }

    @Test
    void servicesRunOverTheMigratedDatabaseWithTheirPermissions() throws Exception {
        try (PluginHarness harness = PluginHarness.start(new NotesPlugin())) {
            Caller writer = harness.caller("alice", "NOTE_CREATE");
            Caller stranger = harness.caller("bob");

            assertThat(harness.migrationsApplied()).isEqualTo(2);
            assertThat(harness.invoke(writer, "note_add", "second")).isEqualTo(2);
            assertThat(harness.invoke(writer, "note_list")).isEqualTo(List.of("welcome", "second"));
            assertThatThrownBy(() -> harness.invoke(stranger, "note_list"))
                    .isInstanceOfSatisfying(RpcException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.PERMISSION_DENIED));
        }
    }

    @Test
    void configurationIsBoundWithDefaults() throws Exception {
        try (PluginHarness defaults = PluginHarness.start(new NotesPlugin());
             PluginHarness strict = PluginHarness.start(new NotesPlugin(), Map.of("maxLength", 3))) {
            Caller writer = defaults.caller("alice", "NOTE_CREATE");

            assertThat(defaults.context().config(NotesPlugin.Config.class).maxLength()).isEqualTo(200);
            assertThat(defaults.invoke(writer, "note_add", "four")).isEqualTo(2);
            assertThatThrownBy(() -> strict.invoke(writer, "note_add", "four"))
                    .isInstanceOfSatisfying(RpcException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        }
    }

    @Test
    void eventsPublishedInATransactionArriveAfterTheCommitAndNotAfterARollback() throws Exception {
        try (PluginHarness harness = PluginHarness.start(new NotesPlugin())) {
            Caller reader = harness.caller("alice", "NOTE_VIEW");
            harness.database().transaction(connection -> {
                harness.events().publish(created(7));
                assertThat(harness.events().delivered()).isEmpty();
                return null;
            });
            assertThatThrownBy(() -> harness.database().transaction(connection -> {
                harness.events().publish(created(8));
                try (PreparedStatement broken = connection.prepareStatement("SELECT * FROM no_such_table")) {
                    return broken.executeQuery();
                }
            })).isInstanceOf(IllegalStateException.class);

            assertThat(harness.events().delivered(TicketEvent.class)).extracting(TicketEvent::ticketId)
                    .containsExactly(7);
            assertThat(harness.invoke(reader, "note_tickets")).isEqualTo(List.of(7));
        }
    }
}
