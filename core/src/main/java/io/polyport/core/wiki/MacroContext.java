package io.polyport.core.wiki;

import java.util.List;
import java.util.Optional;

/** What a {@link WikiMacro} sees of the rendering it takes part in. */
public interface MacroContext {

    /** The page being rendered; empty for loose text (e.g. {@code wiki.wikiToHtml}). */
    Optional<String> page();

    /** The public base URL of the tracker, without a trailing slash (links are absolute). */
    String baseUrl();

    /** {@code wikiText} rendered as blocks (paragraphs, lists, ...), in the same page. */
    String toHtml(String wikiText);

    /** {@code wikiText} rendered as one line of inline markup (no paragraphs). */
    String toInlineHtml(String wikiText);

    /** The headings of the whole page being rendered, in order, with the anchors they received. */
    List<Heading> outline();

    /**
     * One heading of a page.
     *
     * @param level  1 for {@code = x =} to 6
     * @param anchor the heading's {@code id}
     * @param text   the heading as plain text
     */
    record Heading(int level, String anchor, String text) {
    }
}
