package io.polyport.tracker.wiki.trac;

import io.polyport.core.wiki.WikiMacro;
import io.polyport.tracker.wiki.TrackerUrls;
import io.polyport.tracker.wiki.trac.macros.ImageMacro;
import io.polyport.tracker.wiki.trac.macros.MacroListMacro;
import io.polyport.tracker.wiki.trac.macros.PageOutlineMacro;
import io.polyport.tracker.wiki.trac.macros.RecentChangesMacro;
import io.polyport.tracker.wiki.trac.macros.TimestampMacro;
import io.polyport.tracker.wiki.trac.macros.TitleIndexMacro;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Renders Trac WikiFormatting to HTML as Trac 1.6 does, in time linear in the text. The HTML is not yet
 * sanitised: the caller must run it through the sanitiser. Thread-safe: each call renders independently.
 */
public final class TracRenderer {
    private final TrackerUrls urls;
    private final TracResources resources;
    private final UnaryOperator<String> markdown;
    private final Map<String, WikiMacro> builtIn = new LinkedHashMap<>();
    private final Collection<? extends WikiMacro> contributed;

    /**
     * @param urls      where links point
     * @param resources what links and index macros look up
     * @param macros    macros beyond the built-in ones (plugins); one with a built-in's name replaces it. Read at
     *                  every rendering, so a live view shows macros contributed after construction
     * @param markdown  renders the body of a {@code #!markdown} block (CommonMark) to HTML
     * @param clock     the time {@code [[Timestamp]]} shows
     */
    public TracRenderer(TrackerUrls urls, TracResources resources, Collection<? extends WikiMacro> macros,
                        UnaryOperator<String> markdown, Clock clock) {
        this.urls = urls;
        this.resources = resources;
        this.markdown = markdown;
        this.contributed = macros;
        for (WikiMacro macro : List.of(new PageOutlineMacro("PageOutline"), new PageOutlineMacro("TOC"),
                new ImageMacro(urls), new TitleIndexMacro(resources, urls), new RecentChangesMacro(resources, urls),
                new TimestampMacro(clock), new MacroListMacro(() -> List.copyOf(macros().values())))) {
            this.builtIn.put(macro.name(), macro);
        }
    }

    /** The built-in macros, replaced or joined by the contributed ones. */
    private Map<String, WikiMacro> macros() {
        Map<String, WikiMacro> all = new LinkedHashMap<>(builtIn);
        for (WikiMacro macro : contributed) {
            all.put(macro.name(), macro);
        }
        return all;
    }

    /**
     * {@code text} as an HTML fragment, and the pages it links to.
     *
     * @param page the page the text is (relative links and images resolve against it), or null
     */
    public Rendered render(String text, String page) {
        RenderState state = state(text, page, true);
        String html = new Rendering(state).toHtml(state.source);
        return new Rendered(html, state.linkedPages);
    }

    /** The names of the pages {@code text} links to, found without expanding macros. */
    public Set<String> linkedPages(String text, String page) {
        RenderState state = state(text, page, false);
        new Rendering(state).toHtml(state.source);
        return state.linkedPages;
    }

    /** The text of {@code text} without its markup (for search excerpts); macros are left out. */
    public String plainText(String text) {
        RenderState state = state(text, null, false);
        return PlainText.of(new Rendering(state).toHtml(state.source));
    }

    private RenderState state(String text, String page, boolean expandMacros) {
        return new RenderState(urls, resources, page, normalize(text), macros(), markdown, expandMacros);
    }

    /** NUL, vertical tab and form feed become blanks (Trac does the same with the latter two). */
    private static String normalize(String text) {
        return text.replace('\0', ' ').replace('\u000b', ' ').replace('\f', ' ');
    }

    /**
     * A rendering.
     *
     * @param html        the unsanitised HTML fragment
     * @param linkedPages the pages linked to, sorted
     */
    public record Rendered(String html, Set<String> linkedPages) {
    }
}
