package io.polyport.tracker.wiki.trac.macros;

import static io.polyport.core.wiki.Html.escape;

import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.WikiMacro;
import io.polyport.tracker.wiki.TrackerUrls;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code [[Image(file, options)]]}: an attachment of this page ({@code file}), of another page
 * ({@code wiki:Page:file}) or of a ticket ({@code ticket:1:file}), or an image by URL ({@code http(s)://...},
 * {@code /path}); options: a size ({@code 120px}, {@code 50%}), {@code left}/{@code right}, {@code alt=},
 * {@code title=}, {@code width=}, {@code height=}. An attachment links to its attachment page.
 */
public final class ImageMacro implements WikiMacro {
    private static final Pattern SIZE = Pattern.compile("[0-9]{1,5}(?:px|%|em)?");
    private final TrackerUrls urls;

    public ImageMacro(TrackerUrls urls) {
        this.urls = urls;
    }

    @Override
    public String name() {
        return "Image";
    }

    @Override
    public String description() {
        return "Embeds an image: `[[Image(file.png)]]` (an attachment of this page), `[[Image(wiki:Page:file.png)]]`, "
                + "`[[Image(ticket:1:file.png)]]`, or `[[Image(https://example.org/logo.png)]]`. Options after the "
                + "name: a size (`120px`, `50%`), `left` or `right`, `alt=...`, `title=...`, `width=`, `height=`.";
    }

    @Override
    public String expand(String arguments, MacroContext context) {
        MacroArgs args = MacroArgs.parse(arguments);
        String spec = args.get(0, "");
        if (spec.isEmpty()) {
            return error("No image specified");
        }
        StringBuilder attributes = new StringBuilder();
        for (String option : args.positional().subList(1, args.positional().size())) {
            String lower = option.toLowerCase(Locale.ROOT);
            if (SIZE.matcher(lower).matches()) {
                attributes.append(" width=\"").append(escape(lower)).append('"');
            } else if (lower.equals("left") || lower.equals("right")) {
                attributes.append(" style=\"float: ").append(lower).append('"');
            }
        }
        for (Map.Entry<String, String> option : args.named().entrySet()) {
            String key = option.getKey().toLowerCase(Locale.ROOT);
            if (key.equals("width") || key.equals("height")) {
                if (SIZE.matcher(option.getValue()).matches()) {
                    attributes.append(' ').append(key).append("=\"").append(escape(option.getValue())).append('"');
                }
            } else if (key.equals("alt") || key.equals("title")) {
                attributes.append(' ').append(key).append("=\"").append(escape(option.getValue())).append('"');
            }
        }
        if (!args.named().containsKey("alt")) {
            attributes.insert(0, " alt=\"" + escape(fileName(spec)) + "\"");
        }
        if (spec.startsWith("http://") || spec.startsWith("https://") || spec.startsWith("/")) {
            String src = spec.startsWith("/") ? urls.absolute(spec) : spec;
            return "<img src=\"" + escape(src) + "\"" + attributes + " />";
        }
        String[] owner = owner(spec, context);
        if (owner == null) {
            return error("No page to take attachment '" + spec + "' from");
        }
        return "<a style=\"padding:0; border:none\" href=\"" + escape(urls.attachment(owner[0], owner[1], owner[2]))
                + "\"><img src=\"" + escape(urls.rawAttachment(owner[0], owner[1], owner[2])) + "\"" + attributes
                + " /></a>";
    }

    /** {realm, id, file} of an attachment spec, or null when it names no owner and there is no page. */
    private static String[] owner(String spec, MacroContext context) {
        for (String realm : new String[] {"wiki", "ticket"}) {
            int last = spec.lastIndexOf(':');
            if (spec.startsWith(realm + ":") && last > realm.length() + 1) {
                return new String[] {realm, spec.substring(realm.length() + 1, last), spec.substring(last + 1)};
            }
        }
        return context.page().map(page -> new String[] {"wiki", page, spec}).orElse(null);
    }

    private static String fileName(String spec) {
        int cut = Math.max(spec.lastIndexOf('/'), spec.lastIndexOf(':'));
        return spec.substring(cut + 1);
    }

    private static String error(String message) {
        return "<div class=\"system-message\"><strong>Image macro: " + escape(message) + "</strong></div>";
    }
}
