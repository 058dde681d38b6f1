package io.polyport.tracker.wiki;

import static io.polyport.server.db.Tables.WIKI_ATTACHMENT;

import io.polyport.tracker.ticket.Micros;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Reads and writes the files attached to pages; callers supply the transaction's context. */
final class AttachmentStore {

    /** The attachments of {@code page}, sorted by file name. */
    List<AttachmentInfo> list(DSLContext db, String page) {
        return db.select(WIKI_ATTACHMENT.PAGE, WIKI_ATTACHMENT.FILENAME, WIKI_ATTACHMENT.DESCRIPTION,
                        WIKI_ATTACHMENT.SIZE, WIKI_ATTACHMENT.TIME, WIKI_ATTACHMENT.AUTHOR)
                .from(WIKI_ATTACHMENT)
                .where(WIKI_ATTACHMENT.PAGE.eq(page))
                .orderBy(WIKI_ATTACHMENT.FILENAME)
                .fetch(row -> new AttachmentInfo(row.value1(), row.value2(), row.value3(), row.value4(),
                        Micros.toInstant(row.value5()), row.value6()));
    }

    /** The content of one attachment. */
    Optional<byte[]> content(DSLContext db, String page, String filename) {
        return db.select(WIKI_ATTACHMENT.CONTENT).from(WIKI_ATTACHMENT)
                .where(WIKI_ATTACHMENT.PAGE.eq(page).and(WIKI_ATTACHMENT.FILENAME.eq(filename)))
                .fetchOptional(WIKI_ATTACHMENT.CONTENT);
    }

    boolean exists(DSLContext db, String page, String filename) {
        return db.fetchExists(WIKI_ATTACHMENT,
                WIKI_ATTACHMENT.PAGE.eq(page).and(WIKI_ATTACHMENT.FILENAME.eq(filename)));
    }

    /** Stores an attachment, replacing one of the same name. */
    void put(DSLContext db, AttachmentInfo info, byte[] content) {
        delete(db, info.page(), info.filename());
        db.insertInto(WIKI_ATTACHMENT)
                .set(WIKI_ATTACHMENT.PAGE, info.page())
                .set(WIKI_ATTACHMENT.FILENAME, info.filename())
                .set(WIKI_ATTACHMENT.DESCRIPTION, info.description())
                .set(WIKI_ATTACHMENT.SIZE, info.size())
                .set(WIKI_ATTACHMENT.TIME, Micros.of(info.time()))
                .set(WIKI_ATTACHMENT.AUTHOR, info.author())
                .set(WIKI_ATTACHMENT.CONTENT, content)
                .execute();
    }

    /** Deletes one attachment; returns whether it existed. */
    boolean delete(DSLContext db, String page, String filename) {
        return db.deleteFrom(WIKI_ATTACHMENT)
                .where(WIKI_ATTACHMENT.PAGE.eq(page).and(WIKI_ATTACHMENT.FILENAME.eq(filename)))
                .execute() > 0;
    }

    /** Deletes every attachment of {@code page}. */
    void deleteAll(DSLContext db, String page) {
        db.deleteFrom(WIKI_ATTACHMENT).where(WIKI_ATTACHMENT.PAGE.eq(page)).execute();
    }
}
