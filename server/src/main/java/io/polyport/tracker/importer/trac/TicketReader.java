package io.polyport.tracker.importer.trac;

import io.polyport.tracker.ticket.model.TicketFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads Trac's ticket tables ({@code ticket}, {@code ticket_custom}, {@code ticket_change}) and the tickets'
 * attachments, one ticket at a time, streaming the three tables side by side in ticket order. Values of custom
 * fields {@code trac.ini} does not declare, and rows of tickets that do not exist, are reported and left out.
 */
final class TicketReader implements TracReader<TracTicket> {
    static final String KIND = "tickets";

    private final TracEnvironment environment;
    private final Set<String> customFields;
    private final AttachmentIndex attachments;
    private final ImportReport report;

    TicketReader(TracEnvironment environment, Set<String> customFields, ImportReport report) {
        this.environment = environment;
        this.customFields = customFields;
        this.report = report;
        this.attachments = new AttachmentIndex(environment, "ticket", KIND, report);
    }

    @Override
    public long count() {
        return environment.count("SELECT count(*) FROM ticket");
    }

    @Override
    public void read(Consumer<TracTicket> sink) {
        var connection = environment.database();
        try (TicketCursor custom = new TicketCursor(connection,
                "SELECT ticket, name, value FROM ticket_custom ORDER BY ticket, name",
                row -> orphan(row, "custom field " + row.getString("name")));
             TicketCursor changes = new TicketCursor(connection,
                     "SELECT ticket, time, author, field, oldvalue, newvalue FROM ticket_change"
                             + " ORDER BY ticket, time, author, field",
                     row -> orphan(row, "change of " + row.getString("field") + " at " + row.getLong("time")))) {
            environment.each("SELECT * FROM ticket ORDER BY id", row -> {
                int id = row.getInt("id");
                Map<String, String> fields = new LinkedHashMap<>();
                for (String name : TicketFields.STANDARD) {
                    fields.put(name, TracValues.text(row.getString(name)));
                }
                Map<String, String> values = new LinkedHashMap<>();
                custom.take(id, value -> {
                    String name = value.getString("name");
                    if (customFields.contains(name)) {
                        values.put(name, TracValues.text(value.getString("value")));
                    } else {
                        report.skip(KIND, "#" + id + " " + name, "custom field not declared in [ticket-custom]");
                    }
                    return null;
                });
                List<TracTicket.Change> history = changes.take(id, change -> new TracTicket.Change(
                        change.getLong("time"), TracValues.text(change.getString("author")),
                        change.getString("field"), change.getString("oldvalue"), change.getString("newvalue")));
                sink.accept(new TracTicket(id, row.getLong("time"), row.getLong("changetime"), fields, values,
                        history, attachments.take(Integer.toString(id))));
            });
            custom.drain();
            changes.drain();
            attachments.reportRest();
        } catch (SQLException e) {
            throw TracEnvironment.unreadable(e);
        }
    }

    private void orphan(ResultSet row, String what) throws SQLException {
        report.skip(KIND, "#" + row.getLong(1) + " " + what, "ticket #" + row.getLong(1) + " does not exist");
    }
}
