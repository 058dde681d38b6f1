package io.polyport.tracker.wiki;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The last step of rendering: an allow-list of the elements and attributes Trac WikiFormatting and Markdown
 * produce (and harmless HTML from {@code #!html} blocks and macros), enforced by the OWASP Java HTML Sanitizer.
 * Scripts, style sheets, event handlers, forms, frames and every URL scheme but http(s), mailto and the
 * version-control and file-transfer schemes Trac links to are removed, whatever the text contains; {@code style}
 * attributes keep only the CSS properties the sanitiser's default schema allows, without URLs.
 */
final class HtmlSanitizer {
    private static final String[] ELEMENTS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
        "li", "pre", "code", "em", "strong", "b", "i", "u", "s", "del", "ins", "sup", "sub", "kbd", "tt", "small",
        "big", "hr", "br", "a", "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "dl", "dt",
        "dd", "span", "div", "abbr", "cite", "q", "var", "samp"};
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ELEMENTS)
            .allowUrlProtocols("http", "https", "mailto", "ftp", "sftp", "git", "svn", "svn+ssh", "ssh", "irc", "news")
            .allowStyling()
            .allowAttributes("href").onElements("a")
            .allowAttributes("rel").matching(true, "nofollow").onElements("a")
            .allowAttributes("title").globally()
            .allowAttributes("class").matching(Pattern.compile("[A-Za-z0-9_ +#-]{1,200}")).globally()
            .allowAttributes("id").matching(Pattern.compile("[\\p{L}\\p{N}_:.-]{1,200}")).globally()
            .allowAttributes("src", "alt").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,5}(?:px|%|em)?"))
            .onElements("img")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,4}")).onElements("th", "td")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .toFactory();

    private HtmlSanitizer() {
    }

    /** {@code html} with everything outside the allow-list removed. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
