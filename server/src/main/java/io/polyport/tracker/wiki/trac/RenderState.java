package io.polyport.tracker.wiki.trac;

import io.polyport.core.wiki.MacroContext.Heading;
import io.polyport.core.wiki.WikiMacro;
import io.polyport.tracker.wiki.TrackerUrls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Everything one rendering of one text shares across its nested formatters: the page, link targets looked up
 * so far, anchors handed out, headings and linked pages collected, and how deep processors and macros nest.
 */
final class RenderState {
    /** Processors and macros rendering wiki text nest at most this deep; deeper text is shown verbatim. */
    static final int MAX_NESTING = 16;

    final TrackerUrls urls;
    final String page;
    final String source;
    final Map<String, WikiMacro> macros;
    final UnaryOperator<String> markdown;
    final boolean expandMacros;
    final Set<String> linkedPages = new TreeSet<>();
    final List<Heading> headings = new ArrayList<>();
    private final TracResources resources;
    private final Set<String> anchors = new HashSet<>();
    private final Map<String, Integer> anchorSuffixes = new HashMap<>();
    private final Map<String, Boolean> pages = new HashMap<>();
    private final Map<Long, Optional<TracResources.TicketRef>> tickets = new HashMap<>();
    private final Map<String, Optional<TracResources.MilestoneRef>> milestones = new HashMap<>();
    private int nesting;
    private long macroOutput;

    RenderState(TrackerUrls urls, TracResources resources, String page, String source, Map<String, WikiMacro> macros,
                UnaryOperator<String> markdown, boolean expandMacros) {
        this.urls = urls;
        this.resources = resources;
        this.page = page;
        this.source = source;
        this.macros = macros;
        this.markdown = markdown;
        this.expandMacros = expandMacros;
    }

    /** A fresh state for the same text that leaves macros unexpanded (to collect the page's headings). */
    RenderState withoutMacros() {
        return new RenderState(urls, resources, page, source, macros, markdown, false);
    }

    boolean pageExists(String name) {
        return pages.computeIfAbsent(name, resources::pageExists);
    }

    Optional<TracResources.TicketRef> ticket(long id) {
        return tickets.computeIfAbsent(id, resources::ticket);
    }

    Optional<TracResources.MilestoneRef> milestone(String name) {
        return milestones.computeIfAbsent(name, resources::milestone);
    }

    /** {@code anchor}, or with a number appended if an earlier heading took it (as Trac does). */
    String uniqueAnchor(String anchor) {
        if (anchors.add(anchor)) {
            return anchor;
        }
        int suffix = anchorSuffixes.getOrDefault(anchor, 1);
        while (!anchors.add(anchor + suffix)) {
            suffix++;
        }
        anchorSuffixes.put(anchor, suffix + 1);
        return anchor + suffix;
    }

    /**
     * Counts {@code length} characters of macro output against the rendering's budget (twice the text, at least
     * 1 MiB), so that many macros listing much (a page of outlines) cannot make the output grow quadratically.
     * False once the budget is spent.
     */
    boolean spendMacroOutput(int length) {
        macroOutput += length;
        return macroOutput <= Math.max(1 << 20, 2L * source.length());
    }

    /** Enters a nested rendering; false (entering nothing) when nesting is already at its limit. */
    boolean enter() {
        if (nesting >= MAX_NESTING) {
            return false;
        }
        nesting++;
        return true;
    }

    void leave() {
        nesting--;
    }
}
