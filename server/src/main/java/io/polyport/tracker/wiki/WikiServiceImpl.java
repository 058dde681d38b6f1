package io.polyport.tracker.wiki;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.DatabaseFailures;
import io.polyport.core.error.RpcException;
import io.polyport.core.event.AttachmentEvent;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.event.WikiPageEvent;
import io.polyport.core.invoke.Caller;
import io.polyport.server.storage.Database;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The wiki over the database. Every write is one transaction; the search index follows in the same
 * transaction (database triggers). Page-dependent permissions are checked here: WIKI_CREATE or WIKI_MODIFY
 * depending on whether the page exists, WIKI_ADMIN for read-only pages and for setting the read-only flag.
 * Saved and deleted pages and added and removed attachments are published as domain events after the commit
 * (deleting one version of several publishes nothing: the page lives on).
 */
public final class WikiServiceImpl implements WikiService {
    private static final int RPC_VERSION = 2;
    private static final String WIKI_CREATE = "WIKI_CREATE";
    private static final String WIKI_MODIFY = "WIKI_MODIFY";
    private static final String WIKI_ADMIN = "WIKI_ADMIN";

    private static final String REALM = "wiki";

    private final Database database;
    private final WikiRenderer renderer;
    private final int maxAttachmentBytes;
    private final PageStore pages = new PageStore();
    private final AttachmentStore attachments = new AttachmentStore();
    private final DomainEvents events;

    @Inject
    public WikiServiceImpl(Database database, WikiConfig config, DomainEvents events, WikiRenderer renderer) {
        this.database = database;
        this.events = events;
        this.renderer = renderer;
        this.maxAttachmentBytes = config.maxAttachmentBytes();
    }

    /** A service rendering with the built-in macros only. */
    public WikiServiceImpl(Database database, WikiConfig config, DomainEvents events) {
        this(database, config, events, WikiRenderingModule.renderer(database, config, List.of()));
    }

    @Override
    public List<PageInfo> getRecentChanges(Instant since) {
        return pages.latestChangedSince(database.dsl(), since).stream().map(PageVersion::info).toList();
    }

    @Override
    public int getRPCVersionSupported() {
        return RPC_VERSION;
    }

    @Override
    public String getPage(String pagename, Integer version) {
        return require(pagename, version).text();
    }

    @Override
    public String getPageVersion(String pagename, Integer version) {
        return getPage(pagename, version);
    }

    @Override
    public String getPageHTML(String pagename, Integer version) {
        PageVersion page = require(pagename, version);
        return "<html><body>" + renderer.toHtml(page.text(), page.name()) + "</body></html>";
    }

    @Override
    public String getPageHTMLVersion(String pagename, Integer version) {
        return getPageHTML(pagename, version);
    }

    @Override
    public List<String> getAllPages() {
        return pages.names(database.dsl());
    }

    @Override
    public Object getPageInfo(String pagename, Integer version) {
        Optional<PageVersion> page = WikiNames.isValidPage(pagename) ? find(database.dsl(), pagename, version)
                : Optional.empty();
        return page.<Object>map(PageVersion::info).orElse(0);
    }

    @Override
    public Object getPageInfoVersion(String pagename, Integer version) {
        return getPageInfo(pagename, version);
    }

    @Override
    public List<PageInfo> getPageVersions(String pagename) {
        String name = WikiNames.page(pagename);
        List<PageInfo> history = pages.history(database.dsl(), name);
        if (history.isEmpty()) {
            throw RpcException.notFound("Wiki page \"" + name + "\" does not exist");
        }
        return history;
    }

    @Override
    public boolean putPage(String pagename, String content, Map<String, Object> attributes, Caller caller) {
        String name = WikiNames.page(pagename);
        String text = content == null ? "" : content.replace("\r\n", "\n");
        PageAttributes attrs = PageAttributes.of(attributes);
        return database.transaction(db -> {
            Optional<PageVersion> latest = pages.latest(db, name);
            requireMayEdit(caller, name, latest);
            boolean readonly = latest.map(PageVersion::readonly).orElse(false);
            if (attrs.readonly() != null && attrs.readonly() != readonly) {
                require(caller, WIKI_ADMIN, name);
                readonly = attrs.readonly();
            }
            if (latest.isPresent() && latest.get().text().equals(text) && latest.get().readonly() == readonly) {
                throw RpcException.invalid("Page not modified");
            }
            String author = attrs.author() != null && (caller.has(WIKI_ADMIN) || !caller.authenticated())
                    ? attrs.author() : caller.name();
            int version = latest.map(PageVersion::version).orElse(0) + 1;
            Instant time = now();
            try {
                pages.insert(db, new PageVersion(name, version, time, author, text, attrs.comment(), readonly));
            } catch (IntegrityConstraintViolationException e) {
                // a concurrent save (another node's, on PostgreSQL) took this version: run again on the page as it is
                throw DatabaseFailures.contention(e);
            }
            events.publish(new WikiPageEvent(WikiPageEvent.Kind.SAVED, name, version, time, author,
                    attrs.comment() == null ? "" : attrs.comment()));
            return true;
        });
    }

    @Override
    public List<String> listAttachments(String pagename) {
        String name = WikiNames.page(pagename);
        DSLContext db = database.dsl();
        requireExists(db, name);
        return attachments.list(db, name).stream().map(AttachmentInfo::path).toList();
    }

    @Override
    public byte[] getAttachment(String path) {
        String[] parts = WikiNames.attachmentPath(path);
        DSLContext db = database.dsl();
        requireExists(db, parts[0]);
        return attachments.content(db, parts[0], parts[1])
                .orElseThrow(() -> attachmentNotFound(parts[0], parts[1]));
    }

    @Override
    public boolean putAttachment(String path, byte[] data, Caller caller) {
        String[] parts = WikiNames.attachmentPath(path);
        putAttachmentEx(parts[0], parts[1], "", data, true, caller);
        return true;
    }

    @Override
    public String putAttachmentEx(String pagename, String filename, String description, byte[] data,
                                  boolean replace, Caller caller) {
        String page = WikiNames.page(pagename);
        String file = WikiNames.file(filename);
        byte[] content = data == null ? new byte[0] : data;
        if (content.length > maxAttachmentBytes) {
            throw new RpcException(ErrorCode.LIMIT_EXCEEDED, "Maximum attachment size: " + maxAttachmentBytes + " bytes");
        }
        return database.transaction(db -> {
            requireMayChangeAttachments(db, caller, page);
            String stored = replace ? file : freeName(db, page, file);
            Instant time = now();
            attachments.put(db, new AttachmentInfo(page, stored, description == null ? "" : description,
                    content.length, time, caller.name()), content);
            events.publish(new AttachmentEvent(AttachmentEvent.Kind.ADDED, REALM, page, stored, time, caller.name()));
            return stored;
        });
    }

    @Override
    public boolean deletePage(String name, Integer version, Caller caller) {
        if (!WikiNames.isValidPage(name)) {
            return false;
        }
        return database.transaction(db -> {
            Optional<PageVersion> latest = pages.latest(db, name);
            if (latest.isEmpty()) {
                return false;
            }
            if (latest.get().readonly()) {
                require(caller, WIKI_ADMIN, name);
            }
            if (version == null || version == 0) {
                pages.deleteAll(db, name);
            } else if (!pages.deleteVersion(db, name, version)) {
                return false;
            }
            if (pages.latest(db, name).isEmpty()) {
                attachments.deleteAll(db, name);
                events.publish(new WikiPageEvent(WikiPageEvent.Kind.DELETED, name, latest.get().version(), now(),
                        caller.name(), ""));
            }
            return true;
        });
    }

    @Override
    public boolean deleteAttachment(String path, Caller caller) {
        String[] parts = WikiNames.attachmentPath(path);
        return database.transaction(db -> {
            requireMayChangeAttachments(db, caller, parts[0]);
            if (!attachments.delete(db, parts[0], parts[1])) {
                throw attachmentNotFound(parts[0], parts[1]);
            }
            events.publish(new AttachmentEvent(AttachmentEvent.Kind.REMOVED, REALM, parts[0], parts[1], now(),
                    caller.name()));
            return true;
        });
    }

    @Override
    public List<String> listLinks(String pagename) {
        PageVersion page = require(pagename, null);
        return List.copyOf(renderer.linkedPages(page.text(), page.name()));
    }

    @Override
    public String wikiToHtml(String text) {
        return renderer.toHtml(text == null ? "" : text, null);
    }

    private PageVersion require(String pagename, Integer version) {
        String name = WikiNames.page(pagename);
        return find(database.dsl(), name, version).orElseThrow(() -> RpcException.notFound(
                "Wiki page \"" + name + "\" does not exist" + (isLatest(version) ? "" : " at version " + version)));
    }

    private Optional<PageVersion> find(DSLContext db, String name, Integer version) {
        return isLatest(version) ? pages.latest(db, name) : pages.version(db, name, version);
    }

    /** Trac reads a missing or zero version as "the latest" (XML-RPC clients cannot send nil). */
    private static boolean isLatest(Integer version) {
        return version == null || version == 0;
    }

    private PageVersion requireExists(DSLContext db, String name) {
        return pages.latest(db, name)
                .orElseThrow(() -> RpcException.notFound("Wiki page \"" + name + "\" does not exist"));
    }

    private static void requireMayEdit(Caller caller, String name, Optional<PageVersion> latest) {
        require(caller, latest.isPresent() ? WIKI_MODIFY : WIKI_CREATE, name);
        if (latest.isPresent() && latest.get().readonly()) {
            require(caller, WIKI_ADMIN, name);
        }
    }

    private void requireMayChangeAttachments(DSLContext db, Caller caller, String page) {
        if (requireExists(db, page).readonly()) {
            require(caller, WIKI_ADMIN, page);
        }
    }

    private static void require(Caller caller, String action, String page) {
        if (!caller.has(action)) {
            throw RpcException.permissionDenied(action, page);
        }
    }

    /** {@code file}, or the first of {@code name.2.ext}, {@code name.3.ext}, ... not yet attached to the page. */
    private String freeName(DSLContext db, String page, String file) {
        if (!attachments.exists(db, page, file)) {
            return file;
        }
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        String extension = dot > 0 ? file.substring(dot) : "";
        for (int n = 2; ; n++) {
            String candidate = base + "." + n + extension;
            if (!attachments.exists(db, page, candidate)) {
                return WikiNames.file(candidate);
            }
        }
    }

    private static RpcException attachmentNotFound(String page, String file) {
        return RpcException.notFound("Attachment 'wiki:" + page + ": " + file + "' does not exist.");
    }

    private Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
