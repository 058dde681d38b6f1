package io.polyport.tracker.wiki.trac;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the renderer looks up in the tracker: whether link targets exist, and lists for the index macros. */
public interface TracResources {

    /** Whether the wiki page {@code name} exists. */
    boolean pageExists(String name);

    /** Ticket {@code id}, if it exists. */
    Optional<TicketRef> ticket(long id);

    /** Milestone {@code name}, if it exists. */
    Optional<MilestoneRef> milestone(String name);

    /** The names of all pages, sorted. */
    List<String> pageNames();

    /** The most recently changed pages, newest first, at most {@code limit}. */
    List<PageChange> recentChanges(int limit);

    /**
     * A ticket as links show it.
     *
     * @param status  shown in the link's class ({@code new ticket}, {@code closed ticket})
     * @param summary shown in the link's title
     */
    record TicketRef(long id, String status, String summary) {
    }

    /** A milestone as links show it. */
    record MilestoneRef(String name, boolean completed) {
    }

    /** A page and when its latest version was saved. */
    record PageChange(String name, Instant time) {
    }
}
