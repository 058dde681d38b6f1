package io.polyport.server.http;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Protocol;
import io.polyport.server.PolyportModule;
import io.polyport.server.ServerParts;
import io.polyport.server.auth.Authenticator;
import io.polyport.server.auth.LoginConfig;
import io.polyport.server.auth.LoginThrottle;
import io.polyport.server.config.Config;
import io.polyport.server.config.ServerConfig;
import io.polyport.server.config.TlsConfig;
import io.polyport.server.metrics.GatewayMetrics;
import io.polyport.server.metrics.MetricsConfig;
import io.polyport.server.storage.Database;
import io.polyport.server.throttle.ThrottleStorage;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.ConnectorStatistics;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.PathHandler;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.Options;

/**
 * The running gateway: one Undertow listener (HTTP, or HTTPS with HTTP/2) serving every protocol, health and
 * metrics over one database; optionally a plain-HTTP port redirecting to HTTPS and a private metrics port.
 */
public final class PolyportServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PolyportServer.class);
    private static final long SHUTDOWN_GRACE_MILLIS = 10_000;

    private final Undertow undertow;
    private final GracefulShutdownHandler graceful;
    private final ServerParts parts;
    private final GatewayMetrics metrics;

    private PolyportServer(Undertow undertow, GracefulShutdownHandler graceful, ServerParts parts,
                           GatewayMetrics metrics) {
        this.undertow = undertow;
        this.graceful = graceful;
        this.parts = parts;
        this.metrics = metrics;
    }

    /**
     * Starts the gateway described by {@code config} and returns once it listens. A refused plugin or a port in use
     * leaves nothing open.
     */
    public static PolyportServer start(Config config) {
        ServerParts parts = ServerParts.assemble(config);
        try {
            return start(parts, Guice.createInjector(Stage.PRODUCTION, new PolyportModule(parts)));
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    private static PolyportServer start(ServerParts parts, Injector injector) {
        Config config = injector.getInstance(Config.class);
        ServerConfig server = injector.getInstance(ServerConfig.class);
        MetricsConfig metricsConfig = config.section("metrics", MetricsConfig.class);
        LoginConfig login = config.section("login", LoginConfig.class);
        Database database = parts.database();
        GatewayMetrics metrics = new GatewayMetrics();
        ThrottleStorage throttles = ThrottleStorage.of(database);
        AuthFilter authFilter = new AuthFilter(injector.getInstance(Authenticator.class),
                new LoginThrottle(login, throttles.buckets(login.window())), login.window(), metrics);
        Gateway gateway = injector.getInstance(Gateway.class);
        RpcHandler rpc = new RpcHandler(injector.getInstance(Key.get(new TypeLiteral<List<Protocol>>() { })),
                gateway, authFilter, server, parts.plugins().infos(), metrics, throttles);
        TimelineFeedHandler feed = new TimelineFeedHandler(gateway.invoker(), authFilter, server.baseUrl());
        PathHandler paths = Handlers.path(Handlers.httpContinueRead(rpc))
                .addExactPath("/health/live", HealthHandlers.live())
                .addExactPath("/health/ready", HealthHandlers.ready(database))
                .addExactPath("/timeline.atom", feed)
                .addExactPath("/login/timeline.atom", feed);
        if (metricsConfig.enabled() && metricsConfig.port() == null) {
            paths.addExactPath("/metrics", MetricsHandler.protectedBy(metrics, authFilter, metricsConfig.permission()));
        }
        GracefulShutdownHandler graceful = Handlers.gracefulShutdown(
                withAccessLog(new SecurityHeaders(paths, server.tls() != null), metrics));
        Undertow.Builder builder = Undertow.builder()
                .setWorkerThreads(server.workerThreads())
                // BodyReader enforces the exact limit with a 413; Undertow's own cut-off only backs it up.
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, server.maxBodyBytes() + 64L * 1024)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, server.keepAliveTimeoutSeconds() * 1000)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, server.headerTimeoutSeconds() * 1000)
                .setServerOption(UndertowOptions.ENABLE_STATISTICS, true)
                .setSocketOption(Options.CONNECTION_HIGH_WATER, server.maxConnections())
                .setSocketOption(Options.CONNECTION_LOW_WATER, server.maxConnections());
        addMainListener(builder, server, graceful);
        AtomicInteger httpsPort = new AtomicInteger(server.port());
        Optional.ofNullable(server.tls()).map(TlsConfig::redirectFromPort).ifPresent(redirectPort ->
                builder.addHttpListener(redirectPort, server.host(), new HttpsRedirect(httpsPort::get)));
        if (metricsConfig.enabled() && metricsConfig.port() != null) {
            builder.addHttpListener(metricsConfig.port(), metricsConfig.host(),
                    Handlers.path().addExactPath("/metrics", MetricsHandler.open(metrics)));
        }
        Undertow undertow = builder.build();
        try {
            undertow.start();
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        PolyportServer started = new PolyportServer(undertow, graceful, parts, metrics);
        httpsPort.set(started.port());
        started.publishGauges();
        LOG.info("Polyport listening on {}://{}:{}/", server.tls() == null ? "http" : "https", server.host(),
                started.port());
        return started;
    }

    private static void addMainListener(Undertow.Builder builder, ServerConfig server, HttpHandler handler) {
        if (server.tls() == null) {
            builder.addHttpListener(server.port(), server.host(), handler);
            return;
        }
        builder.setServerOption(UndertowOptions.ENABLE_HTTP2, true)
                .addHttpsListener(server.port(), server.host(), TlsContexts.load(server.tls()), handler);
    }

    private static HttpHandler withAccessLog(HttpHandler next, GatewayMetrics metrics) {
        return exchange -> {
            AccessLog.begin(exchange, metrics);
            next.handleRequest(exchange);
        };
    }

    private void publishGauges() {
        ConnectorStatistics connections = undertow.getListenerInfo().get(0).getConnectorStatistics();
        metrics.gauge("polyport.http.connections", "Open connections on the main port",
                connections::getActiveConnections);
        HikariPoolMXBean pool = parts.database().pool();
        metrics.gauge("polyport.db.connections.active", "Database connections in use", pool::getActiveConnections);
        metrics.gauge("polyport.db.connections.idle", "Idle database connections", pool::getIdleConnections);
        metrics.gauge("polyport.db.connections.pending", "Threads waiting for a database connection",
                pool::getThreadsAwaitingConnection);
    }

    /** The main port (useful when the configured port was 0). */
    public int port() {
        return listenerPort(0);
    }

    /** The port of the {@code index}-th listener: main, then the HTTPS redirect (if any), then metrics (if any). */
    public int listenerPort(int index) {
        return ((InetSocketAddress) undertow.getListenerInfo().get(index).getAddress()).getPort();
    }

    /** Stops accepting requests, lets running ones finish (up to 10 s), stops the plugins, closes the database. */
    @Override
    public void close() {
        graceful.shutdown();
        try {
            if (!graceful.awaitShutdown(SHUTDOWN_GRACE_MILLIS)) {
                LOG.warn("requests still running after {} ms; stopping anyway", SHUTDOWN_GRACE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        metrics.close();
        parts.close();
        LOG.info("Polyport stopped");
    }
}
