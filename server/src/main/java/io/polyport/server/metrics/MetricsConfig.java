package io.polyport.server.metrics;

/**
 * The {@code metrics} section: where {@code /metrics} is served.
 *
 * @param enabled    whether {@code /metrics} exists at all, default true
 * @param port       a separate port serving only {@code /metrics}, without authentication (keep it private);
 *                   absent: served on the main port to callers holding {@code permission}
 * @param host       the address the separate port binds, default {@code 127.0.0.1}
 * @param permission the action a caller needs on the main port, default {@code METRICS_VIEW} (which
 *                   {@code TRAC_ADMIN} implies)
 */
public record MetricsConfig(Boolean enabled, Integer port, String host, String permission) {
    public MetricsConfig {
        enabled = enabled == null || enabled;
        host = host == null ? "127.0.0.1" : host;
        permission = permission == null ? "METRICS_VIEW" : permission;
    }
}
