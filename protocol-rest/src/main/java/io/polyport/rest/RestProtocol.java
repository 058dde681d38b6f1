package io.polyport.rest;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.spi.ExampleRequest;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Protocol;
import io.polyport.core.spi.RpcExchange;
import io.polyport.rest.http.GatewayRefusals;
import io.polyport.rest.http.RestHandler;
import io.polyport.rest.http.RestResponse;
import io.polyport.rest.http.RestSettings;
import io.polyport.rest.route.RouteExamples;
import io.polyport.rest.route.RouteTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * REST over the method registry, mounted at {@code /rest} (and {@code /login/rest}): resource routes derived
 * from the methods' kinds and identifiers, {@code POST /rest/rpc/{method}} for every method, RFC 9457 problems,
 * an OpenAPI 3.1 document at {@code /rest/openapi.json} and Swagger UI at {@code /rest/docs}. See
 * {@code docs/rest.md}.
 */
public final class RestProtocol implements Protocol {
    private final RestSettings settings;
    private final GatewayRefusals refusals;
    private volatile RestHandler handler;
    private volatile Map<MethodRegistry, RouteTable> exampleRoutes = Map.of();

    /** The protocol with settings from system properties and environment variables (see {@link RestSettings}). */
    public RestProtocol() {
        this(RestSettings.fromEnvironment());
    }

    public RestProtocol(RestSettings settings) {
        this.settings = settings;
        this.refusals = new GatewayRefusals(settings);
    }

    @Override
    public String name() {
        return "REST";
    }

    @Override
    public Set<String> paths() {
        return Set.of("/rest");
    }

    @Override
    public Set<String> contentTypes() {
        return Set.of();
    }

    @Override
    public String description() {
        return "Resources as nouns under /rest (GET /rest lists them), JSON in and out, RFC 9457 problem details, "
                + "ETag/If-Match concurrency control; every method also at POST /rest/rpc/{method}. OpenAPI 3.1 "
                + "document at /rest/openapi.json, interactive page at /rest/docs.";
    }

    @Override
    public List<ExampleRequest> examples(MethodDescriptor method, MethodRegistry registry) {
        return RouteExamples.of(method, routesFor(registry));
    }

    @Override
    public Optional<String> errorForm(ErrorCode code) {
        return Optional.of("HTTP " + code.httpStatus() + ", application/problem+json");
    }

    /** The routes of {@code registry}, derived once per registry. */
    private RouteTable routesFor(MethodRegistry registry) {
        RouteTable current = exampleRoutes.get(registry);
        if (current == null) {
            current = RouteTable.of(registry);
            exampleRoutes = Map.of(registry, current);
        }
        return current;
    }

    @Override
    public void handle(RpcExchange exchange, Gateway gateway) {
        write(exchange, handlerFor(gateway).handle(exchange));
    }

    /** Refusals of the gateway (401, 413, 400, 429) as problem JSON, like every other REST error. */
    @Override
    public void rejectRequest(RpcExchange exchange, int status, String message) {
        write(exchange, refusals.of(exchange, status, message));
    }

    private static void write(RpcExchange exchange, RestResponse response) {
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            exchange.setResponseHeader(header.getKey(), header.getValue());
        }
        exchange.respond(response.status(), response.contentType(), response.body());
    }

    /** The handler built for {@code gateway}; rebuilt only if the gateway changes (tests use several). */
    RestHandler handlerFor(Gateway gateway) {
        RestHandler current = handler;
        if (current == null || current.gateway() != gateway) {
            current = new RestHandler(gateway, settings);
            handler = current;
        }
        return current;
    }
}
