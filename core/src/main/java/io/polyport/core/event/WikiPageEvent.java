package io.polyport.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A wiki page version was saved, or a page (all its versions) was deleted.
 *
 * @param kind    what happened
 * @param page    the page name
 * @param version the saved version; for a deletion, the last version there was
 * @param time    when
 * @param author  who
 * @param comment the change comment, empty when none
 */
public record WikiPageEvent(Kind kind, String page, int version, Instant time, String author, String comment)
        implements DomainEvent {

    /** What happened to the page. */
    public enum Kind { SAVED, DELETED }

    public WikiPageEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(page);
        Objects.requireNonNull(time);
        Objects.requireNonNull(author);
        Objects.requireNonNull(comment);
    }
}
