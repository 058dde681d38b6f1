package io.polyport.tracker.wiki;

import static io.polyport.tracker.wiki.WikiGateway.EDITOR;
import static io.polyport.tracker.wiki.WikiGateway.READER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rendering through wikiToHtml / getPageHTML: Markdown (pages starting with {@code #!markdown}) construct by
 * construct with Trac links, and an XSS corpus fed as Markdown, as Trac wiki text and inside Trac processors.
 */
class WikiRenderingTest {
    private static final String BASE = "https://tracker.example/env";

    @TempDir
    static Path dir;
    static WikiGateway wiki;

    @BeforeAll
    static void open() {
        wiki = WikiGateway.wiki(dir, new WikiConfig(BASE + "/", null));
    }

    @AfterAll
    static void close() {
        wiki.close();
    }

    private static String html(String markdown) {
        return (String) wiki.call(READER, "wiki.wikiToHtml", "#!markdown\n" + markdown);
    }

    private static String trac(String wikiText) {
        return (String) wiki.call(READER, "wiki.wikiToHtml", wikiText);
    }

    @Test
    void commonMarkConstructs() {
        assertThat(html("# Title\n\n## Sub")).isEqualTo("<h1>Title</h1>\n<h2>Sub</h2>\n");
        assertThat(html("*em* **strong** `code`"))
                .isEqualTo("<p><em>em</em> <strong>strong</strong> <code>code</code></p>\n");
        assertThat(html("- a\n- b\n\n3. c")).isEqualTo("<ul><li>a</li><li>b</li></ul>\n<ol start=\"3\"><li>c</li></ol>\n");
        assertThat(html("> quoted")).isEqualTo("<blockquote>\n<p>quoted</p>\n</blockquote>\n");
        assertThat(html("```java\nint x = 1 < 2;\n```"))
                .isEqualTo("<pre><code class=\"language-java\">int x &#61; 1 &lt; 2;\n</code></pre>\n");
        assertThat(html("a  \nb\n\n---")).isEqualTo("<p>a<br />\nb</p>\n<hr />\n");
        assertThat(html("[site](https://example.org/x?a=1&b=2 \"T\")"))
                .isEqualTo("<p><a href=\"https://example.org/x?a&#61;1&amp;b&#61;2\" title=\"T\">site</a></p>\n");
        assertThat(html("![logo](https://example.org/l.png)"))
                .isEqualTo("<p><img src=\"https://example.org/l.png\" alt=\"logo\" /></p>\n");
    }

    @Test
    void tracTextRendersAsTrac16AnswersWikiToHtml() {
        assertThat(trac("\u00dcn\u00efc\u00f8d\u00e9 \u20ac \u2713"))
                .isEqualTo("<p>\n\u00dcn\u00efc\u00f8d\u00e9 \u20ac \u2713\n</p>\n");
        assertThat(trac("= Title =\n'''bold''' and #1 and WikiStart")).isEqualTo("<h1 id=\"Title\">Title</h1>\n<p>\n"
                + "<strong>bold</strong> and <a class=\"missing ticket\">#1</a> and <a class=\"wiki\" href=\"" + BASE
                + "/wiki/WikiStart\">WikiStart</a>\n</p>\n");
    }

    @Test
    void tables() {
        assertThat(html("| a | b |\n|:--|--:|\n| 1 | 2 |")).isEqualTo("<table><thead><tr><th align=\"left\">a</th><th align=\"right\">b</th></tr></thead>"
                + "<tbody><tr><td align=\"left\">1</td><td align=\"right\">2</td></tr></tbody></table>\n");
    }

    @Test
    void tracReferencesBecomeAbsoluteLinks() {
        assertThat(html("See #12, ticket:7 and wiki:Sub/Page."))
                .isEqualTo("<p>See <a href=\"" + BASE + "/ticket/12\">#12</a>, <a href=\"" + BASE
                        + "/ticket/7\">ticket:7</a> and <a href=\"" + BASE + "/wiki/Sub/Page\">wiki:Sub/Page</a>.</p>\n");
        assertThat(html("Read WikiStart or TracGuide/SubPage today"))
                .isEqualTo("<p>Read <a href=\"" + BASE + "/wiki/WikiStart\">WikiStart</a> or <a href=\"" + BASE
                        + "/wiki/TracGuide/SubPage\">TracGuide/SubPage</a> today</p>\n");
        assertThat(html("!WikiStart, a#1, Wiki, ABCdef, iPhoneApp, `WikiStart #1`"))
                .as("escaped, glued, single word, not camel, code")
                .isEqualTo("<p>WikiStart, a#1, Wiki, ABCdef, iPhoneApp, <code>WikiStart #1</code></p>\n");
        assertThat(html("[the start](WikiStart) [t](ticket:3) [m](milestone:m 1) [abs](/chrome/x.css)"))
                .isEqualTo("<p><a href=\"" + BASE + "/wiki/WikiStart\">the start</a> <a href=\"" + BASE
                        + "/ticket/3\">t</a> [m](milestone:m 1) <a href=\"" + BASE + "/chrome/x.css\">abs</a></p>\n");
        assertThat(html("[m](<milestone:m 1>) [WikiStart](https://example.org)"))
                .as("link text is not linked again")
                .isEqualTo("<p><a href=\"" + BASE + "/milestone/m%201\">m</a> "
                        + "<a href=\"https://example.org\">WikiStart</a></p>\n");
    }

    @Test
    void pagesRenderAsDocumentsWithRelativeImagesAsTheirAttachments() {
        wiki.call(EDITOR, "wiki.putPage", "ImageTest", "#!markdown\n![feed](feed.png) links to OtherPage", Map.of());
        assertThat(wiki.call(READER, "wiki.getPageHTML", "ImageTest")).isEqualTo("<html><body><p><img src=\"" + BASE
                + "/raw-attachment/wiki/ImageTest/feed.png\" alt=\"feed\" /> links to <a href=\"" + BASE
                + "/wiki/OtherPage\">OtherPage</a></p>\n</body></html>");
        assertThat(wiki.call(READER, "wiki.getPageHTMLVersion", "ImageTest", 1))
                .isEqualTo(wiki.call(READER, "wiki.getPageHTML", "ImageTest"));
    }

    @Test
    void listLinksNamesThePagesALinksTo() {
        wiki.call(EDITOR, "wiki.putPage", "Links", "#!markdown\nWikiStart, wiki:Zed/Sub, [x](Alpha#part), #5, "
                + "[y](https://example.org/NotAPage), `CodePage`, !EscapedPage, WikiStart", Map.of());
        assertThat(wiki.call(READER, "wiki.listLinks", "Links"))
                .isEqualTo(WikiGateway.list("Alpha", "WikiStart", "Zed/Sub"));
        assertThat(wiki.call(READER, "wiki.listLinks", "WikiStart"))
                .isEqualTo(WikiGateway.list("WikiFormatting", "WikiStart"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](java&#x09;script:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<form action=\"https://evil.example\"><input name=q></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<<script>script>alert(1)<</script>/script>",
        "<img src=x onerror=alert(1)//",
        "<a href=\"https://ok.example\" onfocus=\"alert(1)\" autofocus>x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<base href=\"javascript:alert(1)//\">",
        "[x](https://ok.example \"\\\" onmouseover=\\\"alert(1)\")",
        "<details open ontoggle=alert(1)>",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "<!-- --><script>alert(1)</script> -->",
        "<img src=`x`onerror=alert(1)>",
    })
    void xssCorpusIsRenderedHarmless(String attack) {
        for (String rendered : new String[] {html(attack), html("Intro WikiStart #1\n\n" + attack + "\n\ntail")}) {
            String lower = rendered.toLowerCase(Locale.ROOT);
            assertThat(lower).doesNotContain("<script", "<iframe", "<object", "<embed", "<style", "<svg", "<math",
                    "<form", "<input", "<meta", "<base", "<details", "style=", "javascript:", "vbscript:", "data:");
            assertThat(lower).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
        }
        for (String rendered : new String[] {trac(attack), trac("{{{#!html\n" + attack + "\n}}}"),
            trac("{{{#!div class=x\n" + attack + "\n}}}"), trac("|| " + attack + " ||")}) {
            assertNoActiveContent(rendered);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[javascript:alert(1) click]",
        "[[javascript:alert(1)|click]]",
        "[[JavaScript:alert(1)]]",
        "javascript:alert(1) vbscript:msgbox(1) data:text/html,x",
        "[http://ok.example/\"onmouseover=\"alert(1) x]",
        "[[http://ok.example/\"onmouseover=\"alert(1)|x]]",
        "wiki:\"<img src=x onerror=alert(1)>\" milestone:\"<script>alert(1)</script>\"",
        "[[=#x\" onmouseover=\"alert(1)|y]] [=#a\"onclick=\"alert(1) z]",
        "= Heading = #x\"onclick=\"alert(1)",
        "{{{#!html\n<script>alert(1)</script><a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>\n}}}",
        "{{{#!html\n<div style=\"width: expression(alert(1)); background: url(javascript:alert(1))\">x</div>\n}}}",
        "{{{#!div onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\"\nx\n}}}",
        "{{{#!div class=\"x\\\" onclick=\\\"alert(1)\" style=\"-moz-binding:url(http://evil.example/x.xml#x)\"\nx\n}}}",
        "{{{#!span style=\"width: expression(alert(1))\" onmouseover=alert(1)\nx\n}}}",
        "{{{#!table style=\"behavior:url(x.htc)\"\n||a||\n}}}",
        "{{{#!td style=\"background-image:url(javascript:alert(1))\" onclick=alert(1)\nx\n}}}",
        "{{{#!tr onmouseover=alert(1)\n{{{#!td\nx\n}}}\n}}}",
        "|---- onmouseover=alert(1) style=\"background:url(javascript:alert(1))\"\n||a||",
        "{{{#!markdown\n[x](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)>\n}}}",
        "{{{#!python\n</pre><script>alert(1)</script>\n}}}",
        "{{{#!htmlcomment\n--><script>alert(1)</script><!--\n}}}",
        "[[Image(javascript:alert(1))]] [[Image(http://x.example/a.png\" onerror=\"alert(1))]]",
        "[[Image(x.png, title=\" onerror=alert(1) x=\", alt=<script>alert(1)</script>, width=1 onload=alert(1))]]",
        "[[Image(data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)]] [[Image(//evil.example/x.svg)]]",
        "[[MacroList(<script>alert(1)</script>)]] [[PageOutline(1-2, <script>alert(1)</script>)]]",
        "[[TitleIndex(<img src=x onerror=alert(1)>)]] [[RecentChanges(\"><script>alert(1)</script>)]]",
        "attachment:\"x\\\" onclick=\\\"alert(1).txt\" search:\"<script>\" report:\"1 onclick=x\"",
        "mailto:x@y.example?subject=%22%3E%3Cscript%3E [mailto:\"><script>alert(1)</script> x]",
        "<script>alert(1)</script> !'''<img src=x onerror=alert(1)>'''",
    })
    void tracSyntaxCannotProduceActiveContent(String attack) {
        for (String text : new String[] {attack, "Intro WikiStart #1\n\n * " + attack + "\n\ntail",
            "{{{#!div\n" + attack + "\n}}}"}) {
            assertNoActiveContent(trac(text));
        }
    }

    /** No element that runs or loads code, no event handler, and no script URL or CSS code in any tag. */
    private static void assertNoActiveContent(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "<iframe", "<object", "<embed", "<style", "<svg", "<math",
                "<form", "<input", "<meta", "<base", "<details", "<link");
        assertThat(lower).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=")
                .doesNotContainPattern("<[^>]*(?:javascript|vbscript|data):")
                .doesNotContainPattern("<[^>]*(?:expression|url)\\(")
                .doesNotContainPattern("<[^>]*(?:behavior|binding)");
    }
}
