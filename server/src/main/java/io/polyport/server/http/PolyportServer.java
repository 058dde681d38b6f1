package io.polyport.server.http;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Protocol;
import io.polyport.server.PolyportModule;
import io.polyport.server.ServerParts;
import io.polyport.server.auth.Authenticator;
import io.polyport.server.config.Config;
import io.polyport.server.config.ServerConfig;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.net.InetSocketAddress;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running gateway: one Undertow listener serving every protocol, over one database and the started plugins. */
public final class PolyportServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PolyportServer.class);
    private static final long SHUTDOWN_GRACE_MILLIS = 10_000;

    private final Undertow undertow;
    private final GracefulShutdownHandler graceful;
    private final ServerParts parts;
    private final int port;

    private PolyportServer(Undertow undertow, GracefulShutdownHandler graceful, ServerParts parts) {
        this.undertow = undertow;
        this.graceful = graceful;
        this.parts = parts;
        this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
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
        ServerConfig server = injector.getInstance(ServerConfig.class);
        RpcHandler handler = new RpcHandler(injector.getInstance(Key.get(new TypeLiteral<List<Protocol>>() { })),
                injector.getInstance(Gateway.class), new AuthFilter(injector.getInstance(Authenticator.class)),
                server, parts.plugins().infos());
        GracefulShutdownHandler graceful = Handlers.gracefulShutdown(handler);
        Undertow undertow = Undertow.builder()
                .addHttpListener(server.port(), server.host())
                .setWorkerThreads(server.workerThreads())
                // BodyReader enforces the exact limit with a 413; Undertow's own cut-off only backs it up.
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, server.maxBodyBytes() + 64L * 1024)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 30_000)
                .setHandler(graceful)
                .build();
        undertow.start();
        PolyportServer started = new PolyportServer(undertow, graceful, parts);
        LOG.info("Polyport listening on http://{}:{}/", server.host(), started.port);
        return started;
    }

    /** The port it listens on (useful when the configured port was 0). */
    public int port() {
        return port;
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
        parts.close();
        LOG.info("Polyport stopped");
    }
}
