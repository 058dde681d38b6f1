package io.polyport.server.docs;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Invoker;
import io.polyport.core.invoke.Permissions;
import io.polyport.core.registry.ExampleValues;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.spi.ExampleRequest;
import io.polyport.core.spi.Protocol;
import io.polyport.core.system.PolyportVersion;
import io.polyport.server.docs.DocsView.Choice;
import io.polyport.server.docs.DocsView.ErrorRow;
import io.polyport.server.docs.DocsView.ExampleView;
import io.polyport.server.docs.DocsView.MethodView;
import io.polyport.server.docs.DocsView.ParamView;
import io.polyport.server.docs.DocsView.ProtocolView;
import io.polyport.server.docs.DocsView.ServiceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The HTML page a browser gets on an RPC path, rendered with Thymeleaf from {@code templates/docs.html}: the
 * methods the caller may call (the filter of {@code system.listMethods}), grouped by namespace, each with its
 * documentation, parameters, permission, the same example call in every installed protocol (from
 * {@link Protocol#examples}), {@code curl} and Python lines and a try-it form; then the protocols and the error
 * table. The page works without JavaScript; {@code /rpc/static/docs.js} adds search and try-it.
 */
public final class DocsPage {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    /** The wire forms docs.js can build, by protocol name. */
    private static final Map<String, List<Choice>> TRY_FORMS = Map.of(
            "XML-RPC", List.of(new Choice("xmlrpc", "XML-RPC")),
            "JSON-RPC", List.of(new Choice("jsonrpc2", "JSON-RPC 2.0"), new Choice("jsonrpc1", "JSON-RPC 1.0 (Trac)")),
            "REST", List.of(new Choice("rest", "REST (POST /rest/rpc/{method})")));

    private final MethodRegistry registry;
    private final List<Protocol> protocols;
    private final TemplateEngine engine;
    /**
     * Every method's view by base path and base URL: they do not depend on the caller, and building the examples
     * is most of a page's work. Bounded, because the base URL comes from the request's Host header.
     */
    private final LoadingCache<List<String>, Map<String, MethodView>> methodViews = CacheBuilder.newBuilder()
            .maximumSize(16).build(CacheLoader.from(key -> methodViews(key.get(0), key.get(1))));

    public DocsPage(MethodRegistry registry, List<Protocol> protocols) {
        this.registry = registry;
        this.protocols = List.copyOf(protocols);
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DocsPage.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        this.engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /**
     * The page for {@code caller}, asked for under {@code /login} or not; {@code baseUrl} (scheme, host, port)
     * goes into the {@code curl} and Python lines.
     */
    public String render(Caller caller, boolean login, String baseUrl) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("page", view(caller, login ? "/login" : "", baseUrl));
        return engine.process("docs", context);
    }

    /** The page a caller without {@code XML_RPC} gets, with {@code message}. */
    public String forbidden(String message) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("message", message);
        return engine.process("forbidden", context);
    }

    private DocsView view(Caller caller, String base, String baseUrl) {
        Map<String, MethodView> views = methodViews.getUnchecked(List.of(base, baseUrl));
        Map<String, List<MethodView>> byService = registry.methods().stream()
                .filter(method -> Invoker.mayCall(caller, method))
                .collect(Collectors.groupingBy(MethodDescriptor::service, TreeMap::new,
                        Collectors.mapping(method -> views.get(method.name()), Collectors.toList())));
        List<ServiceView> services = new ArrayList<>();
        byService.forEach((service, methods) ->
                services.add(new ServiceView(service, registry.services().getOrDefault(service, ""), methods)));
        List<Choice> tryForms = protocols.stream().flatMap(p -> TRY_FORMS.getOrDefault(p.name(), List.of()).stream())
                .toList();
        return new DocsView(caller.name(), base, "1.2.0", PolyportVersion.get(),
                protocols.stream().map(DocsPage::protocol).toList(), tryForms, services,
                protocols.stream().map(Protocol::name).toList(), errors());
    }

    private Map<String, MethodView> methodViews(String base, String baseUrl) {
        return registry.methods().stream().collect(Collectors.toUnmodifiableMap(MethodDescriptor::name,
                method -> method(method, base, baseUrl)));
    }

    private MethodView method(MethodDescriptor method, String base, String baseUrl) {
        List<Object> arguments = ExampleValues.arguments(method);
        List<ParamView> params = new ArrayList<>();
        for (int i = 0; i < method.params().size(); i++) {
            ParamDescriptor param = method.params().get(i);
            params.add(new ParamView(param.name(), param.valueType().signatureName(), param.optional(),
                    param.optional() ? param.defaultJson() : "", param.doc(), ExampleText.json(arguments.get(i))));
        }
        List<ExampleView> examples = new ArrayList<>();
        for (Protocol protocol : protocols) {
            for (ExampleRequest example : protocol.examples(method, registry)) {
                examples.add(new ExampleView(example.label(), ExampleText.request(example, base),
                        ExampleText.curl(example, baseUrl)));
            }
        }
        String permission = method.permission().isEmpty() ? Permissions.XML_RPC : method.permission();
        String search = (method.name() + " " + method.doc() + " " + permission).toLowerCase(Locale.ROOT);
        return new MethodView(method.name(), method.prototype(), method.doc(), permission,
                method.returnType().signatureName(), params, examples,
                ExampleText.python(method.name(), arguments), search);
    }

    private List<ErrorRow> errors() {
        List<ErrorRow> rows = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            rows.add(new ErrorRow(code.name(), code.description(), protocols.stream()
                    .map(protocol -> protocol.errorForm(code).orElse("—")).toList()));
        }
        return rows;
    }

    private static ProtocolView protocol(Protocol protocol) {
        List<String> urls = new ArrayList<>();
        if (!protocol.contentTypes().isEmpty()) {
            urls.add("/rpc");
        }
        urls.addAll(protocol.paths().stream().sorted().toList());
        String all = urls.stream().map(url -> url + ", /login" + url).collect(Collectors.joining(", "));
        return new ProtocolView(protocol.name(), all, String.join(", ", protocol.contentTypes().stream().sorted()
                .toList()), MARKDOWN.render(PARSER.parse(protocol.description())));
    }
}
