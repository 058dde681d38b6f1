package io.polyport.tracker.wiki;

import java.time.Instant;

/**
 * What {@code wiki.getPageInfo} and {@code wiki.getRecentChanges} tell about one version of a page.
 *
 * @param name         the page name
 * @param lastModified when this version was saved
 * @param author       who saved it
 * @param version      the version number, from 1
 * @param comment      the change comment, or null
 */
public record PageInfo(String name, Instant lastModified, String author, int version, String comment) {
}
