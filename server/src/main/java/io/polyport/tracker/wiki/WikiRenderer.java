package io.polyport.tracker.wiki;

import io.polyport.core.wiki.WikiMacro;
import io.polyport.tracker.wiki.trac.TracRenderer;
import io.polyport.tracker.wiki.trac.TracResources;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Turns page text into safe HTML. Text is Trac WikiFormatting ({@link TracRenderer}) unless it starts with a
 * {@code #!markdown} line or the server's default format is Markdown: then it is CommonMark with tables, with
 * Trac-style references linked by {@link WikiLinker}. Either way the result is sanitised by
 * {@link HtmlSanitizer}. Thread-safe.
 */
public final class WikiRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final String MARKDOWN_LINE = "#!markdown";

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();
    private final TrackerUrls urls;
    private final TracRenderer trac;
    private final boolean markdownByDefault;

    /**
     * @param macros            macros beyond the built-in ones (contributed by plugins)
     * @param markdownByDefault whether text without a {@code #!markdown} line is CommonMark too
     */
    public WikiRenderer(TrackerUrls urls, TracResources resources, Collection<? extends WikiMacro> macros,
                        boolean markdownByDefault, Clock clock) {
        this.urls = urls;
        this.markdownByDefault = markdownByDefault;
        this.trac = new TracRenderer(urls, resources, macros, body -> markdown(body, null), clock);
    }

    /**
     * Renders {@code text} to a sanitised HTML fragment.
     *
     * @param page the page the text belongs to (relative links and images resolve against it), or null
     */
    public String toHtml(String text, String page) {
        String markdown = markdownBody(text);
        return markdown != null ? HtmlSanitizer.sanitizeMarkdown(markdown(markdown, page))
                : HtmlSanitizer.sanitize(trac.render(text, page).html());
    }

    /** The names of the pages {@code text} links to, sorted. */
    public Set<String> linkedPages(String text, String page) {
        String markdown = markdownBody(text);
        if (markdown == null) {
            return trac.linkedPages(text, page);
        }
        WikiLinker linker = new WikiLinker(urls, page);
        linker.link(parser.parse(markdown));
        return linker.linkedPages();
    }

    /** {@code text} without markup, for search excerpts. */
    public String plainText(String text) {
        String markdown = markdownBody(text);
        return markdown != null ? this.text.render(parser.parse(markdown)) : trac.plainText(text);
    }

    /** The Markdown of {@code text}, or null when it is Trac WikiFormatting. */
    private String markdownBody(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        if (first.equals(MARKDOWN_LINE)) {
            return end < 0 ? "" : text.substring(end + 1);
        }
        return markdownByDefault ? text : null;
    }

    private String markdown(String markdown, String page) {
        Node document = parser.parse(markdown);
        new WikiLinker(urls, page).link(document);
        return renderer.render(document);
    }
}
