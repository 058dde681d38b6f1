package io.polyport.tracker.wiki;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The last step of rendering: an allow-list of the elements and attributes Trac WikiFormatting and Markdown
 * produce (and harmless HTML from {@code #!html} blocks and macros), enforced by the OWASP Java HTML Sanitizer.
 * Scripts, style sheets, event handlers, forms, frames and every URL scheme but http(s), mailto and the
 * version-control and file-transfer schemes Trac links to are removed, whatever the text contains. Trac text may
 * keep {@code class}, {@code id}, {@code title}, {@code rel="nofollow"}, table spans and {@code style} attributes
 * (only the CSS properties of the sanitiser's default schema, without URLs); Markdown keeps what it kept before.
 */
final class HtmlSanitizer {
    private static final String[] MARKDOWN_ELEMENTS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul",
        "ol", "li", "pre", "code", "em", "strong", "b", "i", "u", "s", "del", "sup", "sub", "kbd", "hr", "br", "a",
        "img", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", "span", "div"};
    private static final PolicyFactory MARKDOWN = common(new HtmlPolicyBuilder().allowElements(MARKDOWN_ELEMENTS)
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}")).onElements("code"))
            .toFactory();
    private static final PolicyFactory TRAC = common(new HtmlPolicyBuilder().allowElements(MARKDOWN_ELEMENTS)
            .allowElements("ins", "tt", "small", "big", "caption", "tfoot", "abbr", "cite", "q", "var", "samp")
            .allowUrlProtocols("http", "https", "mailto", "ftp", "sftp", "git", "svn", "svn+ssh", "ssh", "irc", "news")
            .allowStyling()
            .allowAttributes("rel").matching(true, "nofollow").onElements("a")
            .allowAttributes("title").globally()
            .allowAttributes("class").matching(Pattern.compile("[A-Za-z0-9_ +#-]{1,200}")).globally()
            .allowAttributes("id").matching(Pattern.compile("[\\p{L}\\p{N}_:.-]{1,200}")).globally()
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,5}(?:px|%|em)?"))
            .onElements("img")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[0-9]{1,4}")).onElements("th", "td"))
            .toFactory();

    private HtmlSanitizer() {
    }

    /** {@code html} rendered from Trac wiki text with everything outside the allow-list removed. */
    static String sanitize(String html) {
        return TRAC.sanitize(html);
    }

    /** {@code html} rendered from Markdown with everything outside the (narrower) Markdown allow-list removed. */
    static String sanitizeMarkdown(String html) {
        return MARKDOWN.sanitize(html);
    }

    private static HtmlPolicyBuilder common(HtmlPolicyBuilder builder) {
        return builder.allowAttributes("href").onElements("a")
                .allowAttributes("src", "alt").onElements("img")
                .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
                .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td");
    }
}
