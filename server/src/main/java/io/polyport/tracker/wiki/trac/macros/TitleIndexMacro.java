package io.polyport.tracker.wiki.trac.macros;

import static io.polyport.core.wiki.Html.escape;

import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.WikiMacro;
import io.polyport.tracker.wiki.TrackerUrls;
import io.polyport.tracker.wiki.trac.TracResources;

/** {@code [[TitleIndex(prefix)]]}: the pages (whose name starts with {@code prefix}), sorted, as links. */
public final class TitleIndexMacro implements WikiMacro {
    private final TracResources resources;
    private final TrackerUrls urls;

    public TitleIndexMacro(TracResources resources, TrackerUrls urls) {
        this.resources = resources;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "TitleIndex";
    }

    @Override
    public String description() {
        return "Inserts an alphabetic list of all wiki pages. The optional argument is a prefix: "
                + "`[[TitleIndex(Trac)]]` lists only the pages whose name starts with `Trac`.";
    }

    @Override
    public String expand(String arguments, MacroContext context) {
        String prefix = MacroArgs.parse(arguments).get(0, "");
        StringBuilder out = new StringBuilder("<div class=\"titleindex\"><ul>");
        for (String page : resources.pageNames()) {
            if (page.startsWith(prefix)) {
                out.append("<li><a href=\"").append(escape(urls.wiki(page))).append("\">").append(escape(page))
                        .append("</a></li>");
            }
        }
        return out.append("</ul></div>").toString();
    }
}
