package io.polyport.rest.http;

import io.polyport.core.error.DatabaseFailures;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.registry.ValueType;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.RpcExchange;
import io.polyport.rest.openapi.OpenApiDocument;
import io.polyport.rest.openapi.SwaggerUi;
import io.polyport.rest.route.RouteTable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every request below the REST mount for one gateway: the index, the OpenAPI document, the API page, and
 * the derived routes, with the HTTP semantics shared by all of them (HEAD, OPTIONS and {@code Allow}, 405, 406,
 * CORS, {@code Idempotency-Key}, problem JSON for every failure).
 */
public final class RestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RestHandler.class);
    /** How long a retry waits for the first attempt with its {@code Idempotency-Key} before answering 409. */
    private static final Duration IDEMPOTENT_RETRY_WAIT = Duration.ofSeconds(60);
    private final Gateway gateway;
    private final RouteTable routes;
    private final RestJson json;
    private final Problems problems;
    private final RouteExecutor executor;
    private final Cors cors;
    private final IdempotencyStore idempotency;
    private final Map<String, byte[]> openApiByMount = new ConcurrentHashMap<>();

    public RestHandler(Gateway gateway, RestSettings settings) {
        this.gateway = gateway;
        this.routes = RouteTable.of(gateway.registry());
        this.json = new RestJson(gateway.limits());
        this.problems = new Problems(json);
        this.executor = new RouteExecutor(gateway.invoker(), gateway.unitOfWork(), routes, json, settings);
        this.cors = new Cors(settings);
        this.idempotency = new IdempotencyStore(gateway.idempotencyKeys(), IDEMPOTENT_RETRY_WAIT);
    }

    public Gateway gateway() {
        return gateway;
    }

    public RouteTable routes() {
        return routes;
    }

    /** The complete answer to one request, CORS headers included. */
    public RestResponse handle(RpcExchange exchange) {
        RestRequest request = null;
        RestResponse response;
        try {
            request = RestRequest.of(exchange);
            response = respond(request);
        } catch (RestFailure failure) {
            response = problems.of(failure);
        } catch (RpcException failure) {
            response = problems.of(failure, exchange.context().caller());
        } catch (RuntimeException failure) {
            response = problems.of(unexpected(exchange, failure), exchange.context().caller());
        }
        if (request != null) {
            for (Map.Entry<String, String> header : cors.headers(request).entrySet()) {
                response = response.withHeader(header.getKey(), header.getValue());
            }
        }
        return response;
    }

    private static RpcException unexpected(RpcExchange exchange, RuntimeException failure) {
        return DatabaseFailures.asError(failure).orElseGet(() -> {
            LOG.error("request {}: REST failed", exchange.context().requestId(), failure);
            return new RpcException(ErrorCode.INTERNAL,
                    "Internal error (request " + exchange.context().requestId() + ").");
        });
    }

    private RestResponse respond(RestRequest request) {
        List<String> segments = request.segments();
        String method = request.method();
        if (method.equals("OPTIONS")) {
            String allowed = allow(request);
            return Cors.isPreflight(request) ? cors.preflight(request, allowed)
                    : RestResponse.empty(204, Map.of("Allow", allowed));
        }
        String effective = method.equals("HEAD") ? "GET" : method;
        Optional<RestResponse> fixed = fixedResource(request, segments, effective);
        if (fixed.isPresent()) {
            return fixed.get();
        }
        Optional<RouteTable.Match> match = routes.match(effective, segments);
        if (match.isEmpty()) {
            throw new RestFailure(405, method + " is not allowed here.", List.of(), Map.of("Allow", allow(request)));
        }
        boolean binary = match.get().route().method().returnType() == ValueType.BINARY
                && effective.equals("GET");
        if (!binary && !MediaTypes.accepts(request.header("Accept"), RestResponse.JSON)) {
            throw new RestFailure(406, "This resource is available as application/json only.");
        }
        String key = request.header("Idempotency-Key");
        if (key != null && method.equals("POST")) {
            String fingerprint = method + " " + String.join("/", segments) + " "
                    + Representations.digest(request.exchange().body());
            return idempotency.respond(request.context().caller().name(), key, fingerprint,
                    () -> safely(request, match.get()));
        }
        return executor.execute(request, match.get());
    }

    /** Runs a route, turning failures into responses so that they can be remembered for the key. */
    private RestResponse safely(RestRequest request, RouteTable.Match match) {
        try {
            return executor.execute(request, match);
        } catch (RestFailure failure) {
            return problems.of(failure);
        } catch (RpcException failure) {
            return problems.of(failure, request.context().caller());
        }
    }

    private Optional<RestResponse> fixedResource(RestRequest request, List<String> segments, String method) {
        if (!isFixed(segments)) {
            return Optional.empty();
        }
        if (!method.equals("GET")) {
            throw new RestFailure(405, request.method() + " is not allowed here.", List.of(),
                    Map.of("Allow", "GET, HEAD, OPTIONS"));
        }
        String mountPath = request.mountUrl().substring(request.exchange().baseUrl().length());
        if (segments.isEmpty()) {
            return Optional.of(RestResponse.json(200, json.write(index(request)), Map.of()));
        }
        if (segments.get(0).equals("openapi.json")) {
            byte[] document = openApiByMount.computeIfAbsent(mountPath,
                    m -> OpenApiDocument.json(gateway.registry(), routes, m));
            return Optional.of(RestResponse.json(200, document, Map.of()));
        }
        if (segments.size() == 1) {
            return Optional.of(SwaggerUi.index(mountPath));
        }
        return Optional.of(SwaggerUi.asset(segments.get(1)).orElseThrow(() -> notFound(request)));
    }

    private static boolean isFixed(List<String> segments) {
        return segments.isEmpty() || (segments.size() == 1 && segments.get(0).equals("openapi.json"))
                || (segments.get(0).equals("docs") && segments.size() <= 2);
    }

    /**
     * The {@code Allow} value for the request's path.
     *
     * @throws RestFailure 404 when nothing is served there
     */
    private String allow(RestRequest request) {
        List<String> segments = request.segments();
        TreeSet<String> allowed = isFixed(segments) ? new TreeSet<>(List.of("GET")) : routes.allowed(segments);
        if (allowed.isEmpty()) {
            throw notFound(request);
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return String.join(", ", allowed);
    }

    private Map<String, Object> index(RestRequest request) {
        Map<String, Object> resources = new LinkedHashMap<>();
        routes.resources().forEach((name, resourceRoutes) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("href", request.url("/" + name));
            entry.put("service", resourceRoutes.get(0).method().service());
            entry.put("routes", resourceRoutes.stream().map(r -> r.httpMethod() + " " + r.path()).toList());
            resources.put(name, entry);
        });
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", request.url(""));
        links.put("openapi", request.url("/openapi.json"));
        links.put("docs", request.url("/docs"));
        links.put("rpc", request.url("/rpc/{method}"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resources", resources);
        body.put("links", links);
        return body;
    }

    private static RestFailure notFound(RestRequest request) {
        return new RestFailure(404, "Nothing at /" + String.join("/", request.segments()) + ".");
    }
}
