package io.polyport.tracker.search;

/**
 * One object the index found, in rank order.
 *
 * @param kind    the filter it belongs to: ticket, wiki or milestone
 * @param ref     its key: ticket id, page name or milestone name
 * @param excerpt plain text around the best match
 */
public record IndexHit(String kind, String ref, String excerpt) {
}
