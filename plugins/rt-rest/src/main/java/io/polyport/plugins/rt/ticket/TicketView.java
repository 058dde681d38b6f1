package io.polyport.plugins.rt.ticket;

import io.polyport.plugins.rt.form.RtForm;
import java.util.Locale;
import java.util.Set;

/** A Polyport ticket as RT shows it ({@code ticket/N/show}): RT's fields in RT's order, then the custom fields. */
public final class TicketView {
    private final RtModel model;

    public TicketView(RtModel model) {
        this.model = model;
    }

    /**
     * The form of {@code ticket}; with {@code only} non-empty, just those fields (names in any case, custom fields
     * as {@code CF.{Label}}) after the id, as RT's {@code fields=} does.
     */
    public RtForm show(TicketSnapshot ticket, Set<String> only) {
        RtForm form = new RtForm();
        form.put("id", "ticket/" + ticket.id());
        Adder add = (key, value) -> {
            if (only.isEmpty() || only.contains(key.toLowerCase(Locale.ROOT))) {
                form.put(key, value);
            }
        };
        add.put("Queue", ticket.value("component"));
        add.put("Owner", ticket.value("owner").isEmpty() ? "Nobody" : ticket.value("owner"));
        add.put("Creator", ticket.value("reporter"));
        add.put("Subject", ticket.value("summary"));
        add.put("Status", model.statuses().show(ticket.value("status"), ticket.value("resolution")));
        add.put("Priority", String.valueOf(model.priorities().number(ticket.value("priority"))));
        add.put("InitialPriority", "0");
        add.put("FinalPriority", "0");
        add.put("Requestors", ticket.value("reporter"));
        add.put("Cc", ticket.value("cc"));
        add.put("AdminCc", "");
        add.put("Created", RtDates.ticket(ticket.created()));
        for (String date : TimeFields.DATES) {
            add.put(date, model.timeFields().show(date, ticket));
        }
        add.put("LastUpdated", RtDates.ticket(ticket.changed()));
        for (String duration : TimeFields.DURATIONS) {
            add.put(duration, model.timeFields().show(duration, ticket));
        }
        for (CustomFields.Field field : model.customFields().all()) {
            add.put(CustomFields.key(field), ticket.value(field.name()));
        }
        return form;
    }

    @FunctionalInterface
    private interface Adder {
        void put(String key, String value);
    }
}
