package io.polyport.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A milestone was completed (its completion date set where there was none).
 *
 * @param kind      what happened
 * @param milestone the milestone's name
 * @param time      when
 * @param author    who
 */
public record MilestoneEvent(Kind kind, String milestone, Instant time, String author) implements DomainEvent {

    /** What happened to the milestone. */
    public enum Kind { COMPLETED }

    public MilestoneEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(milestone);
        Objects.requireNonNull(time);
        Objects.requireNonNull(author);
    }
}
