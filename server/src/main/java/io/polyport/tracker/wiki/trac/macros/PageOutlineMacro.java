package io.polyport.tracker.wiki.trac.macros;

import static io.polyport.core.wiki.Html.escape;

import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.MacroContext.Heading;
import io.polyport.core.wiki.WikiMacro;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code [[PageOutline(depth, title, inline|unnumbered)]]}, also named {@code TOC}: the page's headings as a
 * nested list of links, in Trac's {@code <div class="wiki-toc">}.
 */
public final class PageOutlineMacro implements WikiMacro {
    private final String name;

    /** The macro under {@code name} ({@code PageOutline} or {@code TOC}). */
    public PageOutlineMacro(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "Displays a structural outline of the current wiki page, each item linking to its heading.\n\n"
                + "Arguments, all optional: the heading levels to show (`2` for level 2 only, `2-3`, default `1-6`), a title, "
                + "and `inline` (not floating) or `unnumbered` (a bulleted list).";
    }

    @Override
    public String expand(String arguments, MacroContext context) {
        MacroArgs args = MacroArgs.parse(arguments);
        int[] levels = levels(args.get(0, "1-6"));
        String title = args.get(1, "");
        boolean inline = args.positional().contains("inline");
        String list = args.positional().contains("unnumbered") ? "ul" : "ol";
        StringBuilder out = new StringBuilder("<div class=\"wiki-toc").append(inline ? " trac-toc-inline" : "")
                .append("\">");
        if (!title.isEmpty()) {
            out.append("<h4>").append(escape(title)).append("</h4>");
        }
        Deque<Integer> open = new ArrayDeque<>();
        for (Heading heading : context.outline()) {
            if (heading.level() < levels[0] || heading.level() > levels[1]) {
                continue;
            }
            if (open.isEmpty() || heading.level() > open.peek()) {
                out.append('<').append(list).append('>');
                open.push(heading.level());
            } else {
                while (open.size() > 1 && heading.level() < open.peek()) {
                    out.append("</li></").append(list).append('>');
                    open.pop();
                }
                out.append("</li>");
            }
            out.append("<li><a href=\"#").append(escape(heading.anchor())).append("\">")
                    .append(escape(heading.text())).append("</a>");
        }
        while (!open.isEmpty()) {
            out.append("</li></").append(list).append('>');
            open.pop();
        }
        return out.append("</div>").toString();
    }

    private static int[] levels(String spec) {
        try {
            int dash = spec.indexOf('-');
            return dash < 0 ? new int[] {Integer.parseInt(spec.strip()), Integer.parseInt(spec.strip())}
                    : new int[] {Integer.parseInt(spec.substring(0, dash).strip()),
                            Integer.parseInt(spec.substring(dash + 1).strip())};
        } catch (NumberFormatException e) {
            return new int[] {1, 6};
        }
    }
}
