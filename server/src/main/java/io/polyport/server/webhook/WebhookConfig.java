package io.polyport.server.webhook;

import java.util.List;

/**
 * The {@code webhooks} section of {@code polyport.yaml}.
 *
 * @param allowedHosts      host names or addresses that webhooks may reach although they are internal (loopback,
 *                          private, link-local); public addresses are always allowed
 * @param timeoutSeconds    how long one delivery may take
 * @param maxBackoffSeconds the longest wait between two attempts of a failing delivery
 */
public record WebhookConfig(List<String> allowedHosts, Integer timeoutSeconds, Integer maxBackoffSeconds) {
    public WebhookConfig {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        timeoutSeconds = timeoutSeconds == null ? 10 : timeoutSeconds;
        maxBackoffSeconds = maxBackoffSeconds == null ? 300 : maxBackoffSeconds;
        if (timeoutSeconds < 1 || maxBackoffSeconds < 1) {
            throw new IllegalArgumentException("webhooks: timeoutSeconds and maxBackoffSeconds must be at least 1");
        }
    }
}
