package io.polyport.tracker.wiki;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns page text into safe HTML: CommonMark with tables, Trac-style references linked by {@link WikiLinker},
 * then sanitised by {@link HtmlSanitizer}. Thread-safe.
 */
final class WikiRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();
    private final TrackerUrls urls;

    WikiRenderer(TrackerUrls urls) {
        this.urls = urls;
    }

    /**
     * Renders {@code text} to a sanitised HTML fragment.
     *
     * @param page the page the text belongs to (relative images are its attachments), or null
     */
    String toHtml(String text, String page) {
        Node document = parser.parse(text);
        new WikiLinker(urls, page).link(document);
        return HtmlSanitizer.sanitize(renderer.render(document));
    }

    /** The names of the pages {@code text} links to, sorted. */
    Set<String> linkedPages(String text, String page) {
        WikiLinker linker = new WikiLinker(urls, page);
        linker.link(parser.parse(text));
        return linker.linkedPages();
    }
}
