package io.polyport.tracker.importer.trac;

import static io.polyport.server.db.Tables.WIKI;
import static io.polyport.server.db.Tables.WIKI_ATTACHMENT;

import io.polyport.server.db.tables.records.WikiRecord;
import org.jooq.DSLContext;

/**
 * Writes wiki pages with every version and their attachments. Replacing (the default) first removes the pages a
 * fresh database starts with; merging leaves a page that already exists alone and reports it.
 */
final class PageWriter implements KindWriter<TracPage> {
    private static final int ROWS_PER_ROUND = 500;

    private final DSLContext dsl;
    private final boolean merge;
    private final ImportReport report;
    private final Batch versions;
    private final Batch attachments;

    PageWriter(DSLContext dsl, boolean merge, ImportReport report) {
        this.dsl = dsl;
        this.merge = merge;
        this.report = report;
        if (!merge) {
            dsl.deleteFrom(WIKI_ATTACHMENT).execute();
            dsl.deleteFrom(WIKI).execute();
        }
        this.versions = new Batch(dsl, WIKI, WIKI.NAME, WIKI.VERSION, WIKI.TIME, WIKI.AUTHOR, WIKI.TEXT, WIKI.COMMENT,
                WIKI.READONLY);
        this.attachments = new Batch(dsl, WIKI_ATTACHMENT, WIKI_ATTACHMENT.PAGE, WIKI_ATTACHMENT.FILENAME,
                WIKI_ATTACHMENT.DESCRIPTION, WIKI_ATTACHMENT.SIZE, WIKI_ATTACHMENT.TIME, WIKI_ATTACHMENT.AUTHOR,
                WIKI_ATTACHMENT.CONTENT);
    }

    @Override
    public void write(TracPage page) {
        if (merge && dsl.fetchExists(WIKI, WIKI.NAME.eq(page.name()))) {
            report.skip(PageReader.KIND, page.name(), "a page of that name already exists in Polyport");
            return;
        }
        for (WikiRecord version : page.versions()) {
            versions.add(version.getName(), version.getVersion(), version.getTime(), version.getAuthor(),
                    version.getText(), version.getComment(), version.getReadonly());
        }
        for (TracAttachment attachment : page.attachments()) {
            byte[] content = attachment.content();
            attachments.add(page.name(), attachment.filename(), attachment.description(), (long) content.length,
                    attachment.time(), attachment.author(), content);
        }
        if (versions.size() >= ROWS_PER_ROUND || attachments.size() >= ROWS_PER_ROUND / 10) {
            finish();
        }
    }

    @Override
    public void finish() {
        versions.flush();
        attachments.flush();
    }
}
