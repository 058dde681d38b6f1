package io.polyport.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.error.DatabaseFailures;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Permissions;
import io.polyport.core.spi.Credentials;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Protocol;
import io.polyport.core.system.DiscoveryServiceImpl;
import io.polyport.server.config.ServerConfig;
import io.polyport.server.docs.DocsPage;
import io.polyport.server.docs.StaticFiles;
import io.polyport.server.plugin.PluginInfo;
import io.polyport.server.throttle.ThrottleStorage;
import io.polyport.server.metrics.GatewayMetrics;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpContinue;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private static final String JSON_TYPE = "application/json";
    private static final String OPENRPC_DOCUMENT = "/openrpc.json";
    private static final String STATIC = "/static/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpString RATE_LIMIT_LIMIT = new HttpString("RateLimit-Limit");
    private static final HttpString RATE_LIMIT_REMAINING = new HttpString("RateLimit-Remaining");
    private static final HttpString RATE_LIMIT_RESET = new HttpString("RateLimit-Reset");

    private final Routes routes;
    private final Gateway gateway;
    private final AuthFilter authFilter;
    private final DocsPage docsPage;
    private final AboutPage aboutPage;
    private final ServerConfig config;
    private final Optional<CallerRateLimiter> rateLimiter;
    private final GatewayMetrics metrics;
    private final BodyReader bodyReader;

    RpcHandler(List<Protocol> protocols, Gateway gateway, AuthFilter authFilter, ServerConfig config,
               List<PluginInfo> plugins, GatewayMetrics metrics, ThrottleStorage throttles) {
        this.routes = new Routes(protocols);
        this.gateway = gateway;
        this.authFilter = authFilter;
        this.docsPage = new DocsPage(gateway.registry(), protocols);
        this.aboutPage = new AboutPage(protocols, gateway.registry(), plugins);
        this.config = config;
        this.metrics = metrics;
        this.bodyReader = new BodyReader(config.maxBodyBytes(), config.bodyIdleTimeout(), config.bodyTimeout());
        this.rateLimiter = config.rateLimitPerSecond() > 0
                ? Optional.of(new CallerRateLimiter(config.rateLimitPerSecond(), config.rateLimitBurst(),
                        throttles.buckets(CallerRateLimiter.refillTime(config.rateLimitPerSecond(),
                                config.rateLimitBurst()))))
                : Optional.empty();
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String requestId = AccessLog.requestId(exchange);
        if (exchange.getRequestPath().equals(AboutPage.PATH)) {
            boolean html = MediaTypes.acceptsHtml(exchange.getRequestHeaders().getFirst(Headers.ACCEPT));
            send(exchange, 200, html ? HTML : JSON_TYPE, html ? aboutPage.html() : aboutPage.json());
            return;
        }
        Optional<Routes.Match> match = routes.match(exchange.getRequestPath());
        if (match.isEmpty()) {
            plain(exchange, 404, "No RPC endpoint at path '" + exchange.getRequestPath() + "'.");
            return;
        }
        Routes.Match route = match.get();
        if (route.protocol() == null && !route.subPath().isEmpty()) {
            serveSharedFile(exchange, route, requestId);
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        Optional<Protocol> protocol = protocolFor(route, MediaTypes.of(contentType));
        if (route.login() && !exchange.getRequestHeaders().contains(Headers.AUTHORIZATION)) {
            unauthorized(exchange, route, protocol, requestId);
        } else if (protocol.isPresent()) {
            AccessLog.protocol(exchange, protocol.get().name());
            readBodyThenServe(exchange, route, protocol.get(), requestId);
        } else if (wantsDocs(exchange)) {
            exchange.dispatch(() -> serveDocs(exchange, route, requestId));
        } else {
            exchange.setPersistent(false);
            plain(exchange, 415, "No protocol matching Content-Type '" + (contentType == null ? "" : contentType)
                    + "' at path '" + exchange.getRequestPath() + "'.");
        }
    }

    /** {@code /rpc/openrpc.json} (for the caller, like {@code rpc.discover}) and the docs page's static files. */
    private void serveSharedFile(HttpServerExchange exchange, Routes.Match route, String requestId) {
        if (!exchange.getRequestMethod().equalToString("GET")) {
            exchange.getResponseHeaders().put(Headers.ALLOW, "GET");
            plain(exchange, 405, "Only GET is allowed at '" + exchange.getRequestPath() + "'.");
            return;
        }
        if (route.subPath().equals(OPENRPC_DOCUMENT)) {
            if (route.login() && !exchange.getRequestHeaders().contains(Headers.AUTHORIZATION)) {
                unauthorized(exchange, route, Optional.empty(), requestId);
            } else {
                exchange.dispatch(() -> serveOpenRpc(exchange, route, requestId));
            }
            return;
        }
        Optional<StaticFiles.File> file = route.subPath().startsWith(STATIC)
                ? StaticFiles.get(route.subPath().substring(STATIC.length())) : Optional.empty();
        if (file.isEmpty()) {
            plain(exchange, 404, "No RPC endpoint at path '" + exchange.getRequestPath() + "'.");
            return;
        }
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "public, max-age=3600");
        exchange.getResponseHeaders().put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
        send(exchange, 200, file.get().contentType(), file.get().bytes());
    }

    private void serveOpenRpc(HttpServerExchange exchange, Routes.Match route, String requestId) {
        Optional<Caller> caller = authenticate(exchange, route, Optional.empty(), requestId);
        if (caller.isEmpty()) {
            return;
        }
        try {
            Object document = gateway.invoker().invoke(new CallContext(caller.get(), "HTTP", requestId),
                    DiscoveryServiceImpl.DISCOVER, List.of());
            send(exchange, 200, "application/json", JSON.writeValueAsBytes(document));
        } catch (RpcException e) {
            plain(exchange, e.code().httpStatus(), e.getMessage());
        } catch (JsonProcessingException e) {
            LOG.error("request {}: OpenRPC document not written", requestId, e);
            plain(exchange, 500, "Internal error (request " + requestId + ").");
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
        bodyReader.read(exchange,
                (ex, body) -> ex.dispatch(() -> serve(ex, route, protocol, body, requestId)),
                ex -> {
                    if (!drainAfterResponse(ex)) {
                        ex.setPersistent(false);
                    }
                    refuse(ex, route, Optional.of(protocol), requestId, 413,
                            "Request body larger than " + bodyReader.limit() + " bytes.");
                },
                ex -> {
                    ex.setPersistent(false);
                    refuse(ex, route, Optional.of(protocol), requestId, 400, "The request body could not be read.");
                });
    }

    /**
     * Whether Undertow will read and discard the rest of a body refused for its declared length after the 413
     * (bodies up to {@code maxDrainBytes}), so that a client still sending it can read the status instead of a
     * reset connection, which then stays open. Otherwise the connection is closed after the 413: a client waiting
     * for {@code 100 Continue} never sends the body, and a chunked body found too large while reading is cut off.
     */
    private boolean drainAfterResponse(HttpServerExchange exchange) {
        long declared = exchange.getRequestContentLength();
        if (declared > bodyReader.limit() && declared <= config.maxDrainBytes()
                && !HttpContinue.requiresContinueResponse(exchange)) {
            exchange.setMaxEntitySize(declared);
            return true;
        }
        return false;
    }

    private void serve(HttpServerExchange exchange, Routes.Match route, Protocol protocol, byte[] body,
                       String requestId) {
        Optional<Caller> caller = authenticate(exchange, route, Optional.of(protocol), requestId,
                ownCredentials(exchange, route, protocol, body, requestId));
        if (caller.isEmpty()) {
            return;
        }
        String rateLimitKey = rateLimitKey(exchange, caller.get());
        if (rateLimited(exchange, route, protocol, rateLimitKey, requestId)) {
            return;
        }
        CallContext context = new CallContext(caller.get(), protocol.name(), requestId,
                new CallAccounting(protocol.name(), metrics, rateLimiter, rateLimitKey,
                        method -> AccessLog.rpcMethod(exchange, method)));
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
        Optional<Caller> caller = authenticate(exchange, route, Optional.empty(), requestId);
        if (caller.isEmpty()) {
            return;
        }
        if (!caller.get().has(Permissions.XML_RPC)) {
            send(exchange, 403, HTML, docsPage.forbidden("XML_RPC privileges are required to perform this "
                    + "operation. You don't have the required permissions."));
            return;
        }
        byte[] page = docsPage.render(caller.get(), route.login(), baseUrl(exchange)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put(Headers.VARY, Headers.ACCEPT_ENCODING_STRING);
        if (Gzip.accepted(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_ENCODING))) {
            exchange.getResponseHeaders().put(Headers.CONTENT_ENCODING, Gzip.NAME);
            page = Gzip.compress(page);
        }
        send(exchange, 200, HTML, page);
    }

    /**
     * Credentials the protocol finds in its own wire form ({@link Protocol#credentials}) when the request has no
     * {@code Authorization} header; the gateway verifies them like any others.
     */
    private Optional<Credentials> ownCredentials(HttpServerExchange exchange, Routes.Match route, Protocol protocol,
                                                 byte[] body, String requestId) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            return Optional.empty();
        }
        CallContext anonymous = new CallContext(Caller.anonymous(java.util.Set.of()), protocol.name(), requestId);
        try {
            return protocol.credentials(
                    new UndertowRpcExchange(exchange, route.subPath(), body, baseUrl(exchange), anonymous));
        } catch (RuntimeException | LinkageError e) {
            LOG.error("request {}: protocol {} failed reading credentials", requestId, protocol.name(), e);
            return Optional.empty();
        }
    }

    private Optional<Caller> authenticate(HttpServerExchange exchange, Routes.Match route,
                                          Optional<Protocol> protocol, String requestId) {
        return authenticate(exchange, route, protocol, requestId, Optional.empty());
    }

    /**
     * The caller; or empty after answering 401 (credentials wrong, or none on a login path) or 429 with
     * {@code Retry-After} (the login throttle holds the user name or the client's address). Credentials the
     * protocol found ({@code own}) are checked when the request has no {@code Authorization} header.
     */
    private Optional<Caller> authenticate(HttpServerExchange exchange, Routes.Match route,
                                          Optional<Protocol> protocol, String requestId, Optional<Credentials> own) {
        Authentication outcome;
        try {
            outcome = own.isPresent() ? authFilter.authenticate(own.get(), clientAddress(exchange))
                    : authFilter.authenticate(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION),
                            clientAddress(exchange));
        } catch (RuntimeException e) {
            refuseForDatabase(exchange, route, protocol, requestId, e);
            return Optional.empty();
        }
        if (outcome.throttledFor().isPresent()) {
            long seconds = CallerRateLimiter.retryAfterSeconds(outcome.throttledFor().get());
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
            refuse(exchange, route, protocol, requestId, ErrorCode.RATE_LIMITED.httpStatus(),
                    "Too many failed logins; retry after " + seconds + " s.");
            return Optional.empty();
        }
        Optional<Caller> caller = outcome.caller();
        if (caller.isEmpty() || (route.login() && !caller.get().authenticated())) {
            unauthorized(exchange, route, protocol, requestId);
            return Optional.empty();
        }
        AccessLog.user(exchange, caller.get().name());
        return caller;
    }

    private static String clientAddress(HttpServerExchange exchange) {
        return exchange.getSourceAddress().getAddress().getHostAddress();
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
     * The key of the caller's rate limit: its user name; anonymous callers are told apart by their address, so
     * that one of them cannot use up everyone's allowance.
     */
    private static String rateLimitKey(HttpServerExchange exchange, Caller caller) {
        return caller.authenticated() ? caller.name() : Caller.ANONYMOUS + "@" + clientAddress(exchange);
    }

    /**
     * Takes the request's first call from the caller's rate limit and reports the limit in {@code RateLimit-*}
     * headers as the response is sent (so they count every call the request made); when the limit is used up,
     * answers 429 with {@code Retry-After} and returns true.
     */
    private boolean rateLimited(HttpServerExchange exchange, Routes.Match route, Protocol protocol, String key,
                                String requestId) {
        if (rateLimiter.isEmpty()) {
            return false;
        }
        CallerRateLimiter limiter = rateLimiter.get();
        Optional<Duration> wait;
        try {
            wait = limiter.tryAcquire(key);
        } catch (RuntimeException e) {
            refuseForDatabase(exchange, route, Optional.of(protocol), requestId, e);
            return true;
        }
        exchange.addResponseCommitListener(ex -> {
            try {
                CallerRateLimiter.Quota quota = limiter.quota(key);
                HeaderMap headers = ex.getResponseHeaders();
                headers.put(RATE_LIMIT_LIMIT, quota.limit());
                headers.put(RATE_LIMIT_REMAINING, quota.remaining());
                headers.put(RATE_LIMIT_RESET, quota.resetSeconds());
            } catch (RuntimeException e) {
                if (DatabaseFailures.asError(e).isEmpty()) {
                    throw e;
                }
                // no quota headers when the database cannot say
            }
        });
        if (wait.isEmpty()) {
            return false;
        }
        metrics.rateLimited();
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, CallerRateLimiter.retryAfterSeconds(wait.get()));
        refuse(exchange, route, Optional.of(protocol), requestId, ErrorCode.RATE_LIMITED.httpStatus(),
                limiter.refusal(wait.get()));
        return true;
    }

    /**
     * Answers a request whose gateway work (authentication, rate limit) failed in the database: 503 while it is
     * unreachable, 409 for a collision; any other failure is rethrown.
     */
    private void refuseForDatabase(HttpServerExchange exchange, Routes.Match route, Optional<Protocol> protocol,
                                   String requestId, RuntimeException failure) {
        RpcException error = DatabaseFailures.asError(failure).orElseThrow(() -> failure);
        refuse(exchange, route, protocol, requestId, error.code().httpStatus(), error.getMessage());
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
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpServerExchange exchange, int status, String contentType, byte[] bytes) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        exchange.setResponseContentLength(bytes.length);
        exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(bytes));
    }
}
