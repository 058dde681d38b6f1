package io.polyport.tracker.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One hit as {@code search.performSearch} returns it.
 *
 * @param href    the absolute URL of the object
 * @param title   an HTML fragment naming it (Trac's form, e.g. {@code <span class="new">#3</span>: defect: X (new)})
 * @param date    its date: creation for tickets, last change for pages, completion or due date for milestones
 * @param author  its reporter or last author; empty for milestones
 * @param excerpt plain text around the match
 */
public record SearchResult(String href, String title, Instant date, String author, String excerpt) {

    /** The {@code [href, title, date, author, excerpt]} array of the wire format. */
    public List<Object> toList() {
        return Arrays.asList(href, title, date, author, excerpt);
    }
}
