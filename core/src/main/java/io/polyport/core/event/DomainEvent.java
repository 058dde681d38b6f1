package io.polyport.core.event;

import java.time.Instant;

/**
 * Something that happened in the tracker, published after the transaction that did it has committed, as Trac's
 * {@code ITicketChangeListener} and {@code IWikiChangeListener} see it.
 */
public sealed interface DomainEvent permits TicketEvent, WikiPageEvent, AttachmentEvent, MilestoneEvent {

    /** When it happened. */
    Instant time();

    /** Who did it: a user name, or {@code anonymous}. */
    String author();
}
