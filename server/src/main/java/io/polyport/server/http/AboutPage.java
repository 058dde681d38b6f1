package io.polyport.server.http;

import static com.google.common.html.HtmlEscapers.htmlEscaper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.plugin.ApiVersion;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.spi.Protocol;
import io.polyport.server.PolyportVersion;
import io.polyport.server.plugin.PluginInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The public {@code /about} document, as Patchwork's: the Polyport version, the plugin API version, the enabled
 * protocols with their paths, the published service namespaces and the installed plugins, as JSON or, for a
 * browser, as a small HTML page. Both are rendered once; nothing in them depends on the caller.
 */
final class AboutPage {
    static final String PATH = "/about";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String json;
    private final String html;

    AboutPage(List<Protocol> protocols, MethodRegistry registry, List<PluginInfo> plugins) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("polyport", PolyportVersion.get());
        about.put("pluginApi", ApiVersion.CURRENT.toString());
        about.put("protocols", protocols.stream().map(protocol -> Map.of("name", protocol.name(),
                "paths", new TreeSet<>(protocol.paths()))).toList());
        about.put("services", List.copyOf(registry.services().keySet()));
        about.put("plugins", plugins.stream().map(plugin -> Map.of("id", plugin.id(), "version", plugin.version(),
                "state", plugin.state())).toList());
        try {
            this.json = JSON.writeValueAsString(about);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        this.html = html(protocols, registry, plugins);
    }

    String json() {
        return json;
    }

    String html() {
        return html;
    }

    private static String html(List<Protocol> protocols, MethodRegistry registry, List<PluginInfo> plugins) {
        StringBuilder page = new StringBuilder(2048)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>About Polyport")
                .append("</title></head><body>\n<h1>About Polyport</h1>\n<p>Polyport ")
                .append(escape(PolyportVersion.get())).append(", plugin API ").append(ApiVersion.CURRENT)
                .append(".</p>\n<h2>Enabled APIs</h2>\n<ul>\n");
        for (Protocol protocol : protocols) {
            page.append("<li>").append(escape(protocol.name())).append(": ")
                    .append(escape(String.join(", ", new TreeSet<>(protocol.paths())))).append("</li>\n");
        }
        page.append("</ul>\n<h2>Services</h2>\n<p>")
                .append(escape(String.join(", ", registry.services().keySet().stream()
                        .map(name -> name.isEmpty() ? "(no namespace)" : name).toList())))
                .append("</p>\n<h2>Plugins</h2>\n<ul>\n");
        for (PluginInfo plugin : plugins) {
            page.append("<li>").append(escape(plugin.id())).append(' ').append(escape(plugin.version()))
                    .append(" (").append(escape(plugin.state())).append(")</li>\n");
        }
        return page.append("</ul>\n</body></html>\n").toString();
    }

    private static String escape(String text) {
        return htmlEscaper().escape(text);
    }
}
