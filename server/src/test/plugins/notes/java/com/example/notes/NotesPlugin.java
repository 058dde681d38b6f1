package com.example.notes;

import io.polyport.core.error.RpcException;
import io.polyport.core.event.TicketEvent;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.plugin.Contributions;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginContext;
import io.polyport.core.plugin.PluginDatabase;
import io.polyport.core.wiki.Html;
import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.WikiMacro;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A small service plugin: its own table, permissions, configuration, an event listener and a flat method. */
public final class NotesPlugin implements Plugin {

    @Override
    public List<PermissionAction> permissions() {
        return List.of(PermissionAction.of("NOTE_VIEW", "Read notes."),
                new PermissionAction("NOTE_WRITE", "Write notes.", Set.of("NOTE_VIEW")));
    }

    @Override
    public Optional<Class<?>> configType() {
        return Optional.of(NotesConfig.class);
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("db/notes");
    }

    @Override
    public void start(PluginContext context, Contributions contributions) {
        NotesConfig config = context.config(NotesConfig.class);
        PluginDatabase database = context.database();
        context.events().subscribe(TicketEvent.class, event -> database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO notes_ticket_log (seq, entry) SELECT coalesce(max(seq), 0) + 1, ? FROM notes_ticket_log")) {
                insert.setString(1, event.kind() + " " + event.ticketId());
                return insert.executeUpdate();
            }
        }));
        contributions.service(NotesService.class, new Notes(context, database, config));
        contributions.service(FlatApi.class, () -> 1);
        contributions.extension(WikiMacro.class, new GreetingMacro(config.greeting()));
        context.logger().info("notes started");
    }

    /** {@code [[Greeting]]}: the configured greeting, as a plugin's wiki macro. */
    private record GreetingMacro(String greeting) implements WikiMacro {
        @Override
        public String name() {
            return "Greeting";
        }

        @Override
        public String description() {
            return "The notes plugin's greeting.";
        }

        @Override
        public String expand(String arguments, MacroContext context) {
            return "<span class=\"greeting\">" + Html.escape(greeting) + "</span><script>alert(1)</script>";
        }
    }

    private static final class Notes implements NotesService {
        private final PluginContext context;
        private final PluginDatabase database;
        private final NotesConfig config;

        Notes(PluginContext context, PluginDatabase database, NotesConfig config) {
            this.context = context;
            this.database = database;
            this.config = config;
        }

        @Override
        public int create(String text, Caller caller) {
            if (text.length() > config.maxLength()) {
                throw RpcException.invalid("a note has at most " + config.maxLength() + " characters");
            }
            return database.transaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO notes_note (id, text, author) SELECT coalesce(max(id), 0) + 1, ?, ?"
                                + " FROM notes_note RETURNING id")) {
                    insert.setString(1, text);
                    insert.setString(2, caller.name());
                    try (ResultSet row = insert.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                }
            });
        }

        @Override
        public Note get(int id) {
            return list().stream().filter(note -> note.id() == id).findFirst()
                    .orElseThrow(() -> RpcException.notFound("Note " + id + " does not exist."));
        }

        @Override
        public List<Note> list() {
            return database.read(connection -> {
                List<Note> notes = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, text, author FROM notes_note ORDER BY id");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        notes.add(new Note(rows.getInt(1), rows.getString(2), rows.getString(3)));
                    }
                }
                return notes;
            });
        }

        @Override
        public String greeting() {
            return config.greeting();
        }

        @Override
        public List<String> ticketLog() {
            return database.read(connection -> {
                List<String> entries = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT entry FROM notes_ticket_log ORDER BY seq");
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(rows.getString(1));
                    }
                }
                return entries;
            });
        }

        @Override
        public String ticketSummary(int ticket, CallContext call) {
            List<?> got = (List<?>) context.invoker().invoke(call, "ticket.get", List.of(ticket));
            return (String) ((java.util.Map<?, ?>) got.get(3)).get("summary");
        }
    }
}
