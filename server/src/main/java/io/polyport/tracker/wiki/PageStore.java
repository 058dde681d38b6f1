package io.polyport.tracker.wiki;

import static io.polyport.server.db.Tables.WIKI;

import io.polyport.server.db.tables.Wiki;
import io.polyport.server.db.tables.records.WikiRecord;
import io.polyport.tracker.ticket.Micros;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads and writes page versions in the {@code wiki} table; callers supply the transaction's context. */
final class PageStore {
    private static final Wiki NEWER = WIKI.as("newer");

    /** The latest version of {@code name}. */
    Optional<PageVersion> latest(DSLContext db, String name) {
        return db.selectFrom(WIKI).where(WIKI.NAME.eq(name)).orderBy(WIKI.VERSION.desc()).limit(1)
                .fetchOptional().map(PageStore::toVersion);
    }

    /** Version {@code version} of {@code name}. */
    Optional<PageVersion> version(DSLContext db, String name, int version) {
        return db.selectFrom(WIKI).where(WIKI.NAME.eq(name).and(WIKI.VERSION.eq(version)))
                .fetchOptional().map(PageStore::toVersion);
    }

    /** The info of every version of {@code name}, newest first, without reading their texts. */
    List<PageInfo> history(DSLContext db, String name) {
        return db.select(WIKI.NAME, WIKI.TIME, WIKI.AUTHOR, WIKI.VERSION, WIKI.COMMENT).from(WIKI)
                .where(WIKI.NAME.eq(name)).orderBy(WIKI.VERSION.desc())
                .fetch(row -> new PageInfo(row.value1(), Micros.toInstant(row.value2()), row.value3(), row.value4(),
                        row.value5()));
    }

    /** The names of all pages, sorted. */
    List<String> names(DSLContext db) {
        return db.selectDistinct(WIKI.NAME).from(WIKI).orderBy(WIKI.NAME).fetch(WIKI.NAME);
    }

    /** Whether page {@code name} has a version. */
    boolean exists(DSLContext db, String name) {
        return db.fetchExists(db.selectOne().from(WIKI).where(WIKI.NAME.eq(name)));
    }

    /** The latest version of each page whose latest version was saved at or after {@code since}, newest first. */
    List<PageVersion> latestChangedSince(DSLContext db, Instant since) {
        return db.selectFrom(WIKI)
                .where(WIKI.TIME.ge(Micros.of(since)))
                .andNotExists(DSL.selectOne().from(NEWER)
                        .where(NEWER.NAME.eq(WIKI.NAME).and(NEWER.VERSION.gt(WIKI.VERSION))))
                .orderBy(WIKI.TIME.desc(), WIKI.NAME)
                .fetch(PageStore::toVersion);
    }

    void insert(DSLContext db, PageVersion page) {
        db.insertInto(WIKI)
                .set(WIKI.NAME, page.name())
                .set(WIKI.VERSION, page.version())
                .set(WIKI.TIME, Micros.of(page.time()))
                .set(WIKI.AUTHOR, page.author())
                .set(WIKI.TEXT, page.text())
                .set(WIKI.COMMENT, page.comment())
                .set(WIKI.READONLY, page.readonly())
                .execute();
    }

    /** Deletes every version of {@code name}; returns how many there were. */
    int deleteAll(DSLContext db, String name) {
        return db.deleteFrom(WIKI).where(WIKI.NAME.eq(name)).execute();
    }

    /** Deletes one version; returns whether it existed. */
    boolean deleteVersion(DSLContext db, String name, int version) {
        return db.deleteFrom(WIKI).where(WIKI.NAME.eq(name).and(WIKI.VERSION.eq(version))).execute() > 0;
    }

    private static PageVersion toVersion(WikiRecord row) {
        return new PageVersion(row.getName(), row.getVersion(), Micros.toInstant(row.getTime()), row.getAuthor(),
                row.getText(), row.getComment(), row.getReadonly());
    }
}
