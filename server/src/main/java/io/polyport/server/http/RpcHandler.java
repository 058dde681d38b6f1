package io.polyport.server.http;

import com.google.common.base.Ticker;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Permissions;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Protocol;
import io.polyport.server.config.ServerConfig;
import io.polyport.server.plugin.PluginInfo;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's one HTTP handler. It answers the public {@code /about} itself. On the I/O thread it routes by path
 * and Content-Type, refuses what no protocol serves (415), enforces the body limit (413) and reads the body without blocking; then it hands off
 * once to a worker thread, which authenticates the caller, checks its rate limit and lets the protocol serve the
 * call. Refusals before the call (401, 413, 400, 429) are written by the target protocol when it is known
 * ({@link Protocol#rejectRequest}).
 */
final class RpcHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RpcHandler.class);
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json";

    private final Routes routes;
    private final Gateway gateway;
    private final AuthFilter authFilter;
    private final DocsPage docsPage;
    private final AboutPage aboutPage;
    private final ServerConfig config;
    private final Optional<CallerRateLimiter> rateLimiter;
    private final AtomicLong requestCounter = new AtomicLong();

    RpcHandler(List<Protocol> protocols, Gateway gateway, AuthFilter authFilter, ServerConfig config,
               List<PluginInfo> plugins) {
        this.routes = new Routes(protocols);
        this.gateway = gateway;
        this.authFilter = authFilter;
        this.docsPage = new DocsPage(gateway.registry(), protocols);
        this.aboutPage = new AboutPage(protocols, gateway.registry(), plugins);
        this.config = config;
        this.rateLimiter = config.rateLimitPerSecond() > 0
                ? Optional.of(new CallerRateLimiter(config.rateLimitPerSecond(), config.rateLimitBurst(),
                        Ticker.systemTicker()))
                : Optional.empty();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String requestId = Long.toString(requestCounter.incrementAndGet(), 36);
        AccessLog.begin(exchange, requestId);
        if (exchange.getRequestPath().equals(AboutPage.PATH)) {
            boolean html = MediaTypes.acceptsHtml(exchange.getRequestHeaders().getFirst(Headers.ACCEPT));
            send(exchange, 200, html ? HTML : JSON, html ? aboutPage.html() : aboutPage.json());
            return;
        }
        Optional<Routes.Match> match = routes.match(exchange.getRequestPath());
        if (match.isEmpty()) {
            plain(exchange, 404, "No RPC endpoint at path '" + exchange.getRequestPath() + "'.");
            return;
        }
        Routes.Match route = match.get();
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        Optional<Protocol> protocol = protocolFor(route, MediaTypes.of(contentType));
        if (route.login() && !exchange.getRequestHeaders().contains(Headers.AUTHORIZATION)) {
            unauthorized(exchange, route, protocol, requestId);
        } else if (protocol.isPresent()) {
            readBodyThenServe(exchange, route, protocol.get(), requestId);
        } else if (wantsDocs(exchange)) {
            exchange.dispatch(() -> serveDocs(exchange, route, requestId));
        } else {
            exchange.setPersistent(false);
            plain(exchange, 415, "No protocol matching Content-Type '" + (contentType == null ? "" : contentType)
                    + "' at path '" + exchange.getRequestPath() + "'.");
        }
    }

    private Optional<Protocol> protocolFor(Routes.Match route, String mediaType) {
        if (route.protocol() == null) {
            return routes.forMediaType(mediaType);
        }
        Protocol owner = route.protocol();
        return owner.contentTypes().isEmpty() || owner.contentTypes().contains(mediaType)
                ? Optional.of(owner) : Optional.empty();
    }

    private void readBodyThenServe(HttpServerExchange exchange, Routes.Match route, Protocol protocol,
                                   String requestId) {
        long limit = config.maxBodyBytes();
        BodyReader.read(exchange, limit,
                (ex, body) -> ex.dispatch(() -> serve(ex, route, protocol, body, requestId)),
                ex -> {
                    ex.setPersistent(false);
                    refuse(ex, route, Optional.of(protocol), requestId, 413,
                            "Request body larger than " + limit + " bytes.");
                },
                ex -> {
                    ex.setPersistent(false);
                    refuse(ex, route, Optional.of(protocol), requestId, 400, "The request body could not be read.");
                });
    }

    private void serve(HttpServerExchange exchange, Routes.Match route, Protocol protocol, byte[] body,
                       String requestId) {
        Optional<Caller> caller = authenticate(exchange, route);
        if (caller.isEmpty()) {
            unauthorized(exchange, route, Optional.of(protocol), requestId);
            return;
        }
        if (rateLimited(exchange, route, protocol, caller.get(), requestId)) {
            return;
        }
        CallContext context = new CallContext(caller.get(), protocol.name(), requestId);
        UndertowRpcExchange rpcExchange =
                new UndertowRpcExchange(exchange, route.subPath(), body, baseUrl(exchange), context);
        try {
            protocol.handle(rpcExchange, gateway);
        } catch (Exception | LinkageError e) {
            LOG.error("request {}: protocol {} failed", requestId, protocol.name(), e);
        }
        if (!rpcExchange.responded()) {
            plain(exchange, 500, "Internal error (request " + requestId + ").");
        }
    }

    private void serveDocs(HttpServerExchange exchange, Routes.Match route, String requestId) {
        Optional<Caller> caller = authenticate(exchange, route);
        if (caller.isEmpty()) {
            unauthorized(exchange, route, Optional.empty(), requestId);
            return;
        }
        if (!caller.get().has(Permissions.XML_RPC)) {
            send(exchange, 403, HTML, DocsPage.forbidden("XML_RPC privileges are required to perform this "
                    + "operation. You don't have the required permissions."));
            return;
        }
        send(exchange, 200, HTML, docsPage.render(caller.get()));
    }

    /** The caller, or empty when credentials are wrong or a login path got none. */
    private Optional<Caller> authenticate(HttpServerExchange exchange, Routes.Match route) {
        Optional<Caller> caller = authFilter.authenticate(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        if (caller.isEmpty() || (route.login() && !caller.get().authenticated())) {
            return Optional.empty();
        }
        AccessLog.user(exchange, caller.get().name());
        return caller;
    }

    private static boolean wantsDocs(HttpServerExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
        return MediaTypes.acceptsHtml(accept)
                || (accept == null && exchange.getRequestMethod().equalToString("GET"));
    }

    private String baseUrl(HttpServerExchange exchange) {
        return config.baseUrl() != null ? config.baseUrl()
                : exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
    }

    /**
     * Whether the caller is over its rate limit, after answering 429 with {@code Retry-After}. Anonymous callers
     * are told apart by their address, so that one of them cannot use up everyone's allowance.
     */
    private boolean rateLimited(HttpServerExchange exchange, Routes.Match route, Protocol protocol, Caller caller,
                                String requestId) {
        if (rateLimiter.isEmpty()) {
            return false;
        }
        String key = caller.authenticated() ? caller.name()
                : Caller.ANONYMOUS + "@" + exchange.getSourceAddress().getAddress().getHostAddress();
        Optional<Duration> wait = rateLimiter.get().tryAcquire(key);
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
        refuse(exchange, route, Optional.of(protocol), requestId, ErrorCode.RATE_LIMITED.httpStatus(),
                "Too many requests: at most " + rateLimiter.get().describe() + " are allowed; retry after " + seconds
                        + " s.");
        return true;
    }

    private void unauthorized(HttpServerExchange exchange, Routes.Match route, Optional<Protocol> protocol,
                              String requestId) {
        exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, AuthFilter.CHALLENGE);
        refuse(exchange, route, protocol, requestId, 401, "Authentication required.");
    }

    /**
     * Refuses a request before any call is decoded: in the wire form of the target protocol when it is known
     * (over an exchange with an empty body and an anonymous caller), else as plain text.
     */
    private void refuse(HttpServerExchange exchange, Routes.Match route, Optional<Protocol> protocol,
                        String requestId, int status, String message) {
        if (protocol.isEmpty()) {
            plain(exchange, status, message);
            return;
        }
        CallContext anonymous = new CallContext(Caller.anonymous(Set.of()), protocol.get().name(), requestId);
        UndertowRpcExchange rpcExchange =
                new UndertowRpcExchange(exchange, route.subPath(), new byte[0], baseUrl(exchange), anonymous);
        try {
            protocol.get().rejectRequest(rpcExchange, status, message);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("request {}: protocol {} failed to refuse with {}", requestId, protocol.get().name(), status, e);
        }
        if (!rpcExchange.responded()) {
            plain(exchange, status, message);
        }
    }

    private static void plain(HttpServerExchange exchange, int status, String message) {
        send(exchange, status, TEXT, message);
    }

    private static void send(HttpServerExchange exchange, int status, String contentType, String body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.setResponseContentLength(bytes.length);
        exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(bytes));
    }
}
