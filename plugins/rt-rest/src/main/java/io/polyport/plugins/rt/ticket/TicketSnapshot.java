package io.polyport.plugins.rt.ticket;

import java.time.Instant;
import java.util.Map;

/**
 * A ticket as {@code ticket.get} returns it.
 *
 * @param id         its number
 * @param created    when it was created
 * @param changed    when it last changed
 * @param attributes every field by name, as text (empty when unset)
 */
public record TicketSnapshot(int id, Instant created, Instant changed, Map<String, String> attributes) {

    /** The value of {@code field}, empty when unset. */
    public String value(String field) {
        return attributes.getOrDefault(field, "");
    }
}
