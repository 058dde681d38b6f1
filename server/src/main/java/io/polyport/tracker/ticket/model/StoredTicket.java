package io.polyport.tracker.ticket.model;

import java.util.Map;

/**
 * A ticket as stored: id, creation and change times (microseconds) and the value of every field, standard and
 * custom, as a string.
 */
public record StoredTicket(int id, long time, long changetime, Map<String, String> values) {
    public StoredTicket {
        values = Map.copyOf(values);
    }

    /** The value of {@code field}; empty when unset. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
