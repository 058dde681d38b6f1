package io.polyport.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A file was attached to a ticket or page, or removed from it.
 *
 * @param kind     what happened
 * @param realm    {@code ticket} or {@code wiki}
 * @param parentId the ticket number or page name
 * @param filename the attachment's name
 * @param time     when
 * @param author   who
 */
public record AttachmentEvent(Kind kind, String realm, String parentId, String filename, Instant time, String author)
        implements DomainEvent {

    /** What happened to the attachment. */
    public enum Kind { ADDED, REMOVED }

    public AttachmentEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(realm);
        Objects.requireNonNull(parentId);
        Objects.requireNonNull(filename);
        Objects.requireNonNull(time);
        Objects.requireNonNull(author);
    }
}
