package io.polyport.tracker.wiki.trac.macros;

import static io.polyport.core.wiki.Html.escape;

import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.WikiMacro;
import io.polyport.tracker.wiki.TrackerUrls;
import io.polyport.tracker.wiki.trac.TracResources;
import io.polyport.tracker.wiki.trac.TracResources.PageChange;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@code [[RecentChanges(prefix, limit)]]}: recently changed pages, newest first, grouped by day (UTC). */
public final class RecentChangesMacro implements WikiMacro {
    private static final int DEFAULT_LIMIT = 100;
    private final TracResources resources;
    private final TrackerUrls urls;

    public RecentChangesMacro(TracResources resources, TrackerUrls urls) {
        this.resources = resources;
        this.urls = urls;
    }

    @Override
    public String name() {
        return "RecentChanges";
    }

    @Override
    public String description() {
        return "Lists the most recently changed wiki pages, grouped by the day of their last change. Optional "
                + "arguments: a page name prefix and the number of pages (default " + DEFAULT_LIMIT + ").";
    }

    @Override
    public String expand(String arguments, MacroContext context) {
        MacroArgs args = MacroArgs.parse(arguments);
        String prefix = args.get(0, "");
        int limit = parseLimit(args.get(1, args.named().getOrDefault("limit", "")));
        StringBuilder out = new StringBuilder("<div class=\"recentchanges\">");
        LocalDate day = null;
        int listed = 0;
        for (PageChange change : resources.recentChanges(Integer.MAX_VALUE)) {
            if (listed == limit) {
                break;
            }
            if (!change.name().startsWith(prefix)) {
                continue;
            }
            LocalDate changed = change.time().atZone(ZoneOffset.UTC).toLocalDate();
            if (!changed.equals(day)) {
                out.append(day == null ? "" : "</ul>").append("<h3>").append(changed).append("</h3><ul>");
                day = changed;
            }
            out.append("<li><a href=\"").append(escape(urls.wiki(change.name()))).append("\">")
                    .append(escape(change.name())).append("</a></li>");
            listed++;
        }
        return out.append(day == null ? "" : "</ul>").append("</div>").toString();
    }

    private static int parseLimit(String text) {
        try {
            return text.isBlank() ? DEFAULT_LIMIT : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }
}
