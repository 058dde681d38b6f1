package io.polyport.tracker.importer.trac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file attached to a ticket or page in Trac: the {@code attachment} row and where its bytes are.
 *
 * @param parent      the ticket number or page name
 * @param filename    the attachment's name
 * @param description its description, empty when none
 * @param time        when it was attached, microseconds since the epoch
 * @param author      who attached it
 * @param file        the file holding its bytes
 */
record TracAttachment(String parent, String filename, String description, long time, String author, Path file) {
    /** The attachment's bytes, as they are on disk. */
    byte[] content() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + parent + "/" + filename + ": " + e, e);
        }
    }
}
