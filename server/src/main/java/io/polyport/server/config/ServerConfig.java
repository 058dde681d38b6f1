package io.polyport.server.config;

import java.nio.file.Path;

/**
 * The {@code server} section: where to listen and where data lives.
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
 */
public record ServerConfig(String host, Integer port, Path data, Integer maxBodyBytes, String baseUrl,
                           Integer workerThreads, Double rateLimitPerSecond, Integer rateLimitBurst) {
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
    }

    /** The plugin folder: jars here are searched for protocols at start-up. */
    public Path plugins() {
        return data.resolve("plugins");
    }
}
