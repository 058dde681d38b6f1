package io.polyport.server.http;

import io.polyport.server.config.Config;

/** Placeholder until the HTTP layer lands: the running gateway. */
public final class PolyportServer implements AutoCloseable {
    private PolyportServer() {
    }

    /** Starts the gateway described by {@code config} and returns once it listens. */
    public static PolyportServer start(Config config) {
        throw new IllegalStateException("HTTP layer not built yet");
    }

    /** The port it listens on (useful when the configured port was 0). */
    public int port() {
        return 0;
    }

    /** Stops accepting requests, lets running ones finish, closes the database. */
    @Override
    public void close() {
    }
}
