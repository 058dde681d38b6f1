package io.polyport.server.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code server} section: where to listen, where data lives, and the limits on clients.
 *
 * @param host         the address to bind, default {@code 127.0.0.1}
 * @param port         the port, default 8080; 0 picks a free one
 * @param data         the data folder (SQLite file, plugins), default {@code ./data}
 * @param maxBodyBytes the largest accepted request body, default 10 MiB
 * @param baseUrl      the public URL for absolute links; default: taken from each request's Host header
 * @param workerThreads threads for blocking work (database, password checks), default 32
 * @param rateLimitPerSecond requests per second each caller may send (sustained); default 0, no limit
 * @param rateLimitBurst     requests a caller may send at once after being idle; default: one second's worth
 *                           of {@code rateLimitPerSecond}, at least 1
 * @param headerTimeoutSeconds    time a client has to send the request line and headers, default 10
 * @param bodyIdleTimeoutSeconds  time a request body may send nothing before its connection is closed, default 10
 * @param bodyTimeoutSeconds      time a whole request body may take, default 60
 * @param keepAliveTimeoutSeconds time an idle keep-alive connection stays open waiting for a request, default 30
 * @param maxConnections          connections open at once; further ones wait in the accept queue, default 2000
 * @param maxDrainBytes           how much of a refused oversized body is read and discarded, so the client can
 *                                read the 413 instead of a broken pipe, default 64 MiB
 * @param tls          HTTPS settings; absent: plain HTTP
 */
public record ServerConfig(String host, Integer port, Path data, Integer maxBodyBytes, String baseUrl,
                           Integer workerThreads, Double rateLimitPerSecond, Integer rateLimitBurst,
                           Integer headerTimeoutSeconds, Integer bodyIdleTimeoutSeconds, Integer bodyTimeoutSeconds,
                           Integer keepAliveTimeoutSeconds, Integer maxConnections, Long maxDrainBytes,
                           TlsConfig tls) {
    public ServerConfig {
        host = host == null ? "127.0.0.1" : host;
        port = port == null ? 8080 : port;
        data = data == null ? Path.of("data") : data;
        maxBodyBytes = maxBodyBytes == null ? 10 * 1024 * 1024 : maxBodyBytes;
        workerThreads = workerThreads == null ? 32 : workerThreads;
        rateLimitPerSecond = rateLimitPerSecond == null ? 0.0 : rateLimitPerSecond;
        if (rateLimitPerSecond < 0 || rateLimitPerSecond.isNaN() || rateLimitPerSecond.isInfinite()) {
            throw new IllegalArgumentException("server.rateLimitPerSecond must be 0 (no limit) or positive");
        }
        rateLimitBurst = rateLimitBurst == null ? Math.max(1, (int) Math.ceil(rateLimitPerSecond)) : rateLimitBurst;
        if (rateLimitBurst < 1) {
            throw new IllegalArgumentException("server.rateLimitBurst must be at least 1");
        }
        headerTimeoutSeconds = positive("headerTimeoutSeconds", headerTimeoutSeconds, 10);
        bodyIdleTimeoutSeconds = positive("bodyIdleTimeoutSeconds", bodyIdleTimeoutSeconds, 10);
        bodyTimeoutSeconds = positive("bodyTimeoutSeconds", bodyTimeoutSeconds, 60);
        keepAliveTimeoutSeconds = positive("keepAliveTimeoutSeconds", keepAliveTimeoutSeconds, 30);
        maxConnections = positive("maxConnections", maxConnections, 2000);
        maxDrainBytes = maxDrainBytes == null ? 64L * 1024 * 1024 : maxDrainBytes;
        if (maxDrainBytes < 0) {
            throw new IllegalArgumentException("server.maxDrainBytes must not be negative");
        }
    }

    private static int positive(String key, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("server." + key + " must be at least 1");
        }
        return value;
    }

    /** The plugin folder: jars here are searched for protocols at start-up. */
    public Path plugins() {
        return data.resolve("plugins");
    }

    public Duration bodyIdleTimeout() {
        return Duration.ofSeconds(bodyIdleTimeoutSeconds);
    }

    public Duration bodyTimeout() {
        return Duration.ofSeconds(bodyTimeoutSeconds);
    }
}
