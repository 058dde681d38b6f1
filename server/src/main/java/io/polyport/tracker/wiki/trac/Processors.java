package io.polyport.tracker.wiki.trac;

import static io.polyport.core.wiki.Html.escape;
import static io.polyport.core.wiki.Html.escapeText;

import java.util.Locale;
import java.util.Set;

/**
 * Wiki processors, the {@code #!name} of a {@code {{{ }}}} block: {@code default}, {@code html} (left to the
 * sanitiser), {@code htmlcomment} and {@code comment} (dropped), {@code div} and {@code span} with attributes,
 * {@code table}, {@code tr}, {@code td}, {@code th}, {@code markdown} (CommonMark), any macro, and source code
 * in a known language (a {@code <pre class="wiki">} with a {@code language-} class, as no colouring is done).
 */
final class Processors {
    private static final Set<String> TABLE_PARTS = Set.of("tr", "td", "th");
    /** Languages (Pygments' common lexer names) rendered as code. */
    static final Set<String> LANGUAGES = Set.of("apache", "asm", "bash", "bat", "c", "clojure", "cpp", "csharp",
            "css", "diff", "dockerfile", "erlang", "go", "groovy", "haskell", "ini", "java", "javascript", "js",
            "json", "kotlin", "latex", "lua", "make", "makefile", "nginx", "objc", "ocaml", "perl", "php",
            "powershell", "properties", "python", "r", "ruby", "rust", "scala", "sh", "shell", "sql", "swift", "tcl",
            "text", "toml", "ts", "typescript", "xml", "yaml");

    private Processors() {
    }

    static boolean isTablePart(String name) {
        return TABLE_PARTS.contains(name);
    }

    static String process(Rendering rendering, BlockFormatter formatter, String name, ProcessorArgs args,
                          String body) {
        return switch (name) {
            case "default" -> "<pre class=\"wiki\">" + escapeText(body) + "</pre>";
            case "html" -> body;
            case "comment", "htmlcomment" -> "";
            case "div" -> "<div" + args.attributes("wikipage") + ">" + rendering.toHtml(body) + "</div>";
            case "span" -> "<span" + args.attributes(null) + ">" + rendering.toInlineHtml(body.strip()) + "</span>";
            case "td", "th" -> {
                formatter.table().openRow("");
                yield "<" + name + args.attributes(null) + ">" + rendering.toHtml(body) + "</" + name + ">";
            }
            case "tr" -> tableRow(rendering, formatter, args, body);
            case "table" -> table(rendering, args, body);
            case "markdown" -> rendering.state().markdown.apply(body);
            default -> other(rendering, name, body);
        };
    }

    private static String tableRow(Rendering rendering, BlockFormatter formatter, ProcessorArgs args, String body) {
        String cells = inner(rendering.toHtml(body), "tr");
        if (cells == null) {
            return tableError("tr");
        }
        formatter.table().openTable();
        return "<tr" + args.attributes(null) + ">" + cells + "</tr>";
    }

    private static String table(Rendering rendering, ProcessorArgs args, String body) {
        String rows = inner(rendering.toHtml(body), "table");
        return rows == null ? tableError("table") : "<table" + args.attributes("wiki") + ">" + rows + "</table>";
    }

    /** The rows ({@code table}) or cells ({@code tr}) of the one table {@code html} must consist of, or null. */
    private static String inner(String html, String of) {
        String table = html.strip();
        String open = "<table class=\"wiki\">";
        if (!table.startsWith(open) || !table.endsWith("</table>")) {
            return null;
        }
        String rows = table.substring(open.length(), table.length() - "</table>".length()).strip();
        if (of.equals("table")) {
            return rows;
        }
        if (rows.startsWith("<tr>") && rows.endsWith("</tr>")) {
            return rows.substring("<tr>".length(), rows.length() - "</tr>".length());
        }
        return rows;
    }

    private static String tableError(String name) {
        return systemMessage("!#" + name + " must contain at least one table cell (and table cells only)", null);
    }

    private static String other(Rendering rendering, String name, String body) {
        String macro = rendering.processorMacro(name, body);
        if (macro != null) {
            return macro;
        }
        String language = name.toLowerCase(Locale.ROOT);
        language = language.startsWith("text/x-") ? language.substring("text/x-".length()) : language;
        if (LANGUAGES.contains(language)) {
            return "<div class=\"wiki-code\"><div class=\"code\"><pre class=\"wiki language-" + language + "\">"
                    + escapeText(body) + "</pre></div></div>";
        }
        return systemMessage("Error: Failed to load processor <code>" + escape(name) + "</code>",
                "No macro or processor named '" + name + "' found");
    }

    /** Trac's error box: a bold message and an optional preformatted detail. */
    static String systemMessage(String messageHtml, String detail) {
        return "<div class=\"system-message\"><strong>" + messageHtml + "</strong>"
                + (detail == null ? "" : "<pre>" + escape(detail) + "</pre>") + "</div>";
    }
}
