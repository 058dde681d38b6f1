package io.polyport.core.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket was created, changed or deleted.
 *
 * @param kind     what happened
 * @param ticketId the ticket's number
 * @param time     when
 * @param author   who
 * @param changes  for {@link Kind#CHANGED}: each changed field's old and new value; for {@link Kind#CREATED}: the
 *                 initial values (old values empty); empty for {@link Kind#DELETED}
 * @param comment  the comment added with a change, empty when none
 */
public record TicketEvent(Kind kind, int ticketId, Instant time, String author, Map<String, FieldChange> changes,
                          String comment) implements DomainEvent {

    /** What happened to the ticket. */
    public enum Kind { CREATED, CHANGED, DELETED }

    /** One field's value before and after; empty strings for absent values. */
    public record FieldChange(String oldValue, String newValue) {
        public FieldChange {
            Objects.requireNonNull(oldValue);
            Objects.requireNonNull(newValue);
        }
    }

    public TicketEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(time);
        Objects.requireNonNull(author);
        changes = Map.copyOf(changes);
        Objects.requireNonNull(comment);
    }
}
