package io.polyport.tracker.wiki;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.ResultShape;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Trac's WikiRPC API: versioned Markdown pages, their attachments and their rendering to safe HTML. Names,
 * parameters and return shapes follow the Trac XmlRpcPlugin; where a permission depends on the page (creating
 * versus modifying, read-only pages) the method checks it itself.
 */
@RpcService(value = "wiki", resource = "wiki", doc = "Wiki pages with full history, attachments and HTML rendering (Trac WikiRPC API 2).")
public interface WikiService {

    @RpcMethod(kind = MethodKind.LIST, permission = "WIKI_VIEW",
            doc = "Info structs {name, lastModified, author, version, comment} of the latest version of every page "
                    + "changed at or after the given time, newest first.")
    List<PageInfo> getRecentChanges(Instant since);

    @RpcMethod(kind = MethodKind.READ, permission = "WIKI_VIEW", doc = "The WikiRPC API version: 2.")
    int getRPCVersionSupported();

    @RpcMethod(kind = MethodKind.READ, permission = "WIKI_VIEW",
            doc = "The Markdown text of a page: its latest version, or the given one.")
    String getPage(@Id String pagename, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = MethodKind.READ, permission = "WIKI_VIEW", doc = "The same as getPage.")
    String getPageVersion(@Id String pagename, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = MethodKind.READ, permission = "WIKI_VIEW",
            doc = "A page rendered to sanitised HTML as a whole document, <html><body>...</body></html>, with "
                    + "absolute links.")
    String getPageHTML(@Id String pagename, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = MethodKind.READ, permission = "WIKI_VIEW", doc = "The same as getPageHTML.")
    String getPageHTMLVersion(@Id String pagename, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = MethodKind.LIST, permission = "WIKI_VIEW", doc = "The names of all pages, sorted.")
    List<String> getAllPages();

    @RpcMethod(kind = MethodKind.READ, permission = "WIKI_VIEW",
            doc = "{name, lastModified, author, version, comment} of a page's latest or given version; 0 (not a "
                    + "fault) when the page or version does not exist.")
    @ResultShape(fields = {"string name", "DateTime lastModified", "string author", "int version",
            "string comment"})
    Object getPageInfo(@Id String pagename, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = MethodKind.READ, permission = "WIKI_VIEW", doc = "The same as getPageInfo.")
    @ResultShape(fields = {"string name", "DateTime lastModified", "string author", "int version",
            "string comment"})
    Object getPageInfoVersion(@Id String pagename, @Param(defaultValue = "null") Integer version);

    @RpcMethod(kind = MethodKind.LIST, permission = "WIKI_VIEW",
            doc = "Info structs {name, lastModified, author, version, comment} of every version of a page, newest "
                    + "first; a fault when the page does not exist. A Polyport extension, not in Trac's API.")
    List<PageInfo> getPageVersions(@Id String pagename);

    @RpcMethod(kind = MethodKind.UPDATE,
            doc = "Saves a new version of a page and returns true. attributes: comment, author (kept only for "
                    + "WIKI_ADMIN and anonymous callers), readonly (WIKI_ADMIN only). Needs WIKI_CREATE for a new "
                    + "page, WIKI_MODIFY for an existing one and WIKI_ADMIN for a read-only one. Saving unchanged "
                    + "text fails with 'Page not modified'.")
    boolean putPage(@Id String pagename, String content, Map<String, Object> attributes, Caller caller);

    @RpcMethod(kind = MethodKind.LIST, permission = "WIKI_VIEW",
            doc = "The attachments of a page as 'Page/filename' paths, sorted.")
    List<String> listAttachments(@Id String pagename);

    @RpcMethod(kind = MethodKind.READ, permission = "WIKI_VIEW",
            doc = "The content of the attachment at 'Page/filename'.")
    byte[] getAttachment(@Id String path);

    @RpcMethod(kind = MethodKind.UPDATE, permission = "WIKI_MODIFY",
            doc = "Stores data as the attachment at 'Page/filename', replacing one of that name; returns true.")
    boolean putAttachment(@Id String path, byte[] data, Caller caller);

    @RpcMethod(kind = MethodKind.CREATE, permission = "WIKI_MODIFY",
            doc = "Attaches a file to a page and returns the stored file name. With replace=false an existing "
                    + "name is kept and the new file is stored as name.2.ext, name.3.ext, ...")
    String putAttachmentEx(@Id String pagename, String filename, String description, byte[] data,
                           @Param(defaultValue = "true") boolean replace, Caller caller);

    @RpcMethod(kind = MethodKind.DELETE, permission = "WIKI_DELETE",
            doc = "Deletes a page with its history and attachments, or only the given version; true when "
                    + "something was deleted, false when the page or version does not exist.")
    boolean deletePage(@Id String name, @Param(defaultValue = "null") Integer version, Caller caller);

    @RpcMethod(kind = MethodKind.DELETE, permission = "WIKI_DELETE",
            doc = "Deletes the attachment at 'Page/filename'; returns true.")
    boolean deleteAttachment(@Id String path, Caller caller);

    @RpcMethod(kind = MethodKind.LIST, permission = "WIKI_VIEW",
            doc = "The names of the pages the latest version of a page links to, sorted.")
    List<String> listLinks(@Id String pagename);

    @RpcMethod(permission = "WIKI_VIEW", doc = "Renders Markdown text to a sanitised HTML fragment.")
    String wikiToHtml(String text);
}
