package io.polyport.tracker.wiki.trac;

import static io.polyport.core.wiki.Html.escape;

import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.WikiMacro;
import java.util.List;
import java.util.Optional;

/**
 * One rendering of one text: creates the formatters for the text and for nested text (processor bodies, macro
 * arguments, citations), runs macros, and is the {@link MacroContext} macros see.
 */
final class Rendering implements MacroContext {
    private static final String MACRO_LIST = "MacroList";

    private final RenderState state;
    private final LinkResolver links;
    private List<Heading> outline;

    Rendering(RenderState state) {
        this.state = state;
        this.links = new LinkResolver(state);
    }

    RenderState state() {
        return state;
    }

    LinkResolver links() {
        return links;
    }

    @Override
    public Optional<String> page() {
        return Optional.ofNullable(state.page);
    }

    @Override
    public String baseUrl() {
        return state.urls.base();
    }

    @Override
    public String toHtml(String wikiText) {
        if (!state.enter()) {
            return "<pre class=\"wiki\">" + escape(wikiText) + "</pre>";
        }
        try {
            return new BlockFormatter(this).format(wikiText);
        } finally {
            state.leave();
        }
    }

    @Override
    public String toInlineHtml(String wikiText) {
        if (!state.enter()) {
            return escape(wikiText);
        }
        try {
            StringBuilder out = new StringBuilder();
            InlineStyles styles = new InlineStyles();
            InlineFormatter inline = new InlineFormatter(this, styles, OneLine.HOST);
            String[] lines = wikiText.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append('\n');
                }
                inline.format(lines[i], false, out);
            }
            styles.flush(out);
            return out.toString();
        } finally {
            state.leave();
        }
    }

    @Override
    public List<Heading> outline() {
        if (outline == null) {
            RenderState headingsOnly = state.withoutMacros();
            new Rendering(headingsOnly).toHtml(state.source);
            outline = List.copyOf(headingsOnly.headings);
        }
        return outline;
    }

    /**
     * {@code [[inner]]} as a macro call ({@code Name}, {@code Name(args)}, {@code Name?}): its HTML, or null when
     * {@code inner} names no macro (Trac then reads it as a WikiCreole link).
     */
    String macroCall(String inner, boolean inParagraph) {
        int end = 0;
        while (end < inner.length() && (LineScan.isWord(inner.charAt(end)) || "/+-".indexOf(inner.charAt(end)) >= 0)) {
            end++;
        }
        boolean help = end < inner.length() && inner.charAt(end) == '?';
        String name = inner.substring(0, end);
        int argsAt = help ? end + 1 : end;
        String args;
        if (argsAt == inner.length()) {
            args = "";
        } else if (inner.charAt(argsAt) == '(' && inner.endsWith(")")) {
            args = inner.substring(argsAt + 1, inner.length() - 1);
        } else {
            return null;
        }
        if (name.equalsIgnoreCase("br")) {
            return "<br />";
        }
        if (help) {
            return state.macros.containsKey(name) ? expand(MACRO_LIST, name, inParagraph) : null;
        }
        return state.macros.containsKey(name) ? expand(name, args, inParagraph) : null;
    }

    /** A {@code {{{#!Name}}}} block handled by the macro {@code Name}; null if there is no such macro. */
    String processorMacro(String name, String body) {
        return state.macros.containsKey(name) ? expand(name, body, false) : null;
    }

    private String expand(String name, String args, boolean inParagraph) {
        if (!state.expandMacros) {
            return "";
        }
        WikiMacro macro = state.macros.get(name);
        if (!state.spendMacroOutput(0)) {
            return Processors.systemMessage("Macro " + escape(name) + " not expanded: the page's macros already "
                    + "produced too much output", null);
        }
        if (!state.enter()) {
            return escape("[[" + name + "(" + args + ")]]");
        }
        String html;
        try {
            html = macro.expand(args, this);
        } catch (RuntimeException e) {
            html = Processors.systemMessage("Error: Macro " + escape(name) + "(" + escape(args) + ") failed",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            state.leave();
        }
        html = html == null ? "" : html;
        state.spendMacroOutput(html.length());
        return inParagraph && OneLine.startsBlock(html) ? "</p>" + html + "<p>" : html;
    }
}
