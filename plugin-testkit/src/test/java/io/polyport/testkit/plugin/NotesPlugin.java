package io.polyport.testkit.plugin;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.error.RpcException;
import io.polyport.core.event.TicketEvent;
import io.polyport.core.plugin.Contributions;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginContext;
import io.polyport.core.plugin.PluginDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small service plugin as a third party writes one: flat method names, a table, a permission, config, events. */
public final class NotesPlugin implements Plugin {

    /** The section {@code plugins.kit-notes}. */
    public record Config(Integer maxLength) {
        public Config {
            maxLength = maxLength == null ? 200 : maxLength;
        }
    }

    /** Notes, published without a namespace. */
    @RpcService(value = "", doc = "Notes kept by the sample plugin.")
    public interface Notes {
        @RpcMethod(permission = "NOTE_CREATE", kind = MethodKind.CREATE, doc = "Adds a note; returns its id.")
        int note_add(String text);

        @RpcMethod(permission = "NOTE_VIEW", kind = MethodKind.LIST, doc = "Every note, oldest first.")
        List<String> note_list();

        @RpcMethod(permission = "NOTE_VIEW", kind = MethodKind.LIST, doc = "Tickets created since start.")
        List<Integer> note_tickets();
    }

    @Override
    public List<PermissionAction> permissions() {
        return List.of(PermissionAction.of("NOTE_VIEW", "Read notes."),
                new PermissionAction("NOTE_CREATE", "Add notes.", Set.of("NOTE_VIEW")));
    }

    @Override
    public Optional<Class<?>> configType() {
        return Optional.of(Config.class);
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("db/kit-notes");
    }

    @Override
    public void start(PluginContext context, Contributions contributions) {
        Config config = context.config(Config.class);
        PluginDatabase database = context.database();
        context.events().subscribe(TicketEvent.class, event -> {
            if (event.kind() == TicketEvent.Kind.CREATED) {
                database.transaction(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT OR IGNORE INTO kit_note_ticket (ticket) VALUES (?)")) {
                        insert.setInt(1, event.ticketId());
                        return insert.executeUpdate();
                    }
                });
            }
        });
        contributions.service(Notes.class, new NotesImpl(database, config.maxLength()));
    }

    private record NotesImpl(PluginDatabase database, int maxLength) implements Notes {
        @Override
        public int note_add(String text) {
            if (text.isBlank() || text.length() > maxLength) {
                throw RpcException.invalidField("text", "A note has 1 to " + maxLength + " characters.");
            }
            return database.transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO kit_note (text) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, text);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return keys.getInt(1);
                    }
                }
            });
        }

        @Override
        public List<String> note_list() {
            return database.read(connection -> strings(connection.prepareStatement(
                    "SELECT text FROM kit_note ORDER BY id")));
        }

        @Override
        public List<Integer> note_tickets() {
            return database.read(connection -> strings(connection.prepareStatement(
                    "SELECT ticket FROM kit_note_ticket ORDER BY ticket"))).stream().map(Integer::valueOf).toList();
        }

        private static List<String> strings(PreparedStatement query) throws java.sql.SQLException {
            try (query; ResultSet rows = query.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }
}
