package io.polyport.tracker.wiki;

import java.time.Instant;

/**
 * One stored version of a wiki page.
 *
 * @param name     the page name
 * @param version  the version number, from 1
 * @param time     when it was saved
 * @param author   who saved it
 * @param text     the Markdown text
 * @param comment  the change comment, or null
 * @param readonly whether the page is read-only from this version on
 */
public record PageVersion(String name, int version, Instant time, String author, String text, String comment,
                          boolean readonly) {

    /** The info struct of this version. */
    public PageInfo info() {
        return new PageInfo(name, time, author, version, comment);
    }
}
