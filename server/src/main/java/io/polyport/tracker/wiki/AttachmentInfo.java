package io.polyport.tracker.wiki;

import java.time.Instant;

/**
 * A file attached to a wiki page, without its content.
 *
 * @param page        the page it belongs to
 * @param filename    its name, unique per page
 * @param description what the uploader said about it
 * @param size        its length in bytes
 * @param time        when it was stored
 * @param author      who stored it
 */
public record AttachmentInfo(String page, String filename, String description, long size, Instant time,
                             String author) {

    /** The {@code Page/filename} path the wiki API names attachments by. */
    public String path() {
        return page + "/" + filename;
    }
}
