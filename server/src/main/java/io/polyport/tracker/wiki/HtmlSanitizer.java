package io.polyport.tracker.wiki;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The last step of rendering: an allow-list of the elements and attributes Markdown produces (and harmless
 * inline HTML), enforced by the OWASP Java HTML Sanitizer. Scripts, styles, event handlers, forms, frames and
 * every URL scheme but http, https and mailto are removed, whatever the page text contains.
 */
final class HtmlSanitizer {
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre",
                    "code", "em", "strong", "b", "i", "u", "s", "del", "sup", "sub", "kbd", "hr", "br", "a", "img",
                    "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", "span", "div")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}")).onElements("code")
            .toFactory();

    private HtmlSanitizer() {
    }

    /** {@code html} with everything outside the allow-list removed. */
    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
