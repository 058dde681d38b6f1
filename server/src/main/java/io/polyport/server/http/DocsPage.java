package io.polyport.server.http;

import static com.google.common.html.HtmlEscapers.htmlEscaper;

import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Invoker;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.spi.Protocol;
import io.polyport.server.PolyportVersion;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The HTML page a browser gets on an RPC path: the protocols with their URLs, then every method the caller may
 * call, grouped by service, with its prototype, documentation and permission. Everything shown is escaped.
 */
final class DocsPage {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final MethodRegistry registry;
    private final List<Protocol> protocols;

    DocsPage(MethodRegistry registry, List<Protocol> protocols) {
        this.registry = registry;
        this.protocols = protocols;
    }

    String render(Caller caller) {
        StringBuilder html = new StringBuilder(16 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Remote Procedure Call (RPC) – Polyport</title>")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:70em}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;")
                .append("vertical-align:top;text-align:left}code{white-space:pre-wrap}</style></head><body>\n")
                .append("<h1>Remote Procedure Call (RPC)</h1>\n<p>Signed in as <b>")
                .append(escape(caller.name())).append("</b>. Polyport ").append(escape(PolyportVersion.get()))
                .append(", installed API version: 1.2.0. <a href=\"/about\">About</a></p>\n")
                .append("<h2 id=\"Protocols\">Protocol reference</h2>\n");
        for (Protocol protocol : protocols) {
            html.append("<h3 id=\"").append(escape(protocol.name())).append("\">").append(escape(protocol.name()))
                    .append("</h3>\n<dl><dt>URLs</dt><dd>").append(escape(urls(protocol))).append("</dd>");
            if (!protocol.contentTypes().isEmpty()) {
                html.append("<dt>Content-Type</dt><dd>")
                        .append(escape(String.join(", ", protocol.contentTypes()))).append("</dd>");
            }
            html.append("</dl>\n").append(markdown(protocol.description()));
        }
        html.append("<h2 id=\"Methods\">RPC exported functions</h2>\n");
        Map<String, List<MethodDescriptor>> byService = new TreeMap<>(registry.methods().stream()
                .filter(method -> Invoker.mayCall(caller, method))
                .collect(Collectors.groupingBy(MethodDescriptor::service)));
        byService.forEach((service, methods) -> {
            html.append("<h3 id=\"rpc.").append(escape(service)).append("\">").append(escape(service))
                    .append(" – ").append(escape(registry.services().getOrDefault(service, ""))).append("</h3>\n")
                    .append("<table><tr><th>Function</th><th>Description</th><th>Permission required</th></tr>\n");
            for (MethodDescriptor method : methods) {
                html.append("<tr><td><code>").append(escape(method.prototype())).append("</code></td><td>")
                        .append(escape(method.doc())).append("</td><td>")
                        .append(escape(method.permission().isEmpty() ? "XML_RPC" : method.permission()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        });
        return html.append("</body></html>\n").toString();
    }

    static String forbidden(String message) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Forbidden</title></head>"
                + "<body><h1>Forbidden</h1><p>" + escape(message) + "</p></body></html>\n";
    }

    private static String urls(Protocol protocol) {
        StringBuilder urls = new StringBuilder();
        if (!protocol.contentTypes().isEmpty()) {
            urls.append("/rpc, /login/rpc");
        }
        for (String path : protocol.paths()) {
            urls.append(urls.isEmpty() ? "" : ", ").append(path).append(", /login").append(path);
        }
        return urls.toString();
    }

    /** A protocol's description (Markdown from a plugin jar) as HTML; raw HTML is escaped, unsafe URLs dropped. */
    private static String markdown(String text) {
        return MARKDOWN.render(PARSER.parse(text));
    }

    private static String escape(String text) {
        return htmlEscaper().escape(text);
    }
}
