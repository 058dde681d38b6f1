package io.polyport.tracker.importer.trac;

import io.polyport.server.db.tables.records.WikiRecord;
import java.util.List;

/**
 * A Trac wiki page: every version, oldest first, and its attachments whose files exist.
 *
 * @param name        the page name
 * @param versions    the versions as Polyport stores them
 * @param attachments the page's attachments
 */
record TracPage(String name, List<WikiRecord> versions, List<TracAttachment> attachments) {
}
