package io.polyport.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.polyport.core.error.ErrorCode;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The gateway's metrics in a Micrometer registry scraped in Prometheus text format: calls and their latency per
 * protocol and method, errors per code, HTTP responses per status, failed and throttled logins, rate-limit
 * refusals, open connections, the database pool and the JVM. Method names come from the registry only (an unknown
 * name is counted as {@code unknown}), so a client cannot grow the number of series.
 */
public final class GatewayMetrics implements AutoCloseable {
    private static final String UNKNOWN_METHOD = "unknown";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public GatewayMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** Records one call through the invoker; {@code failure} is null when it succeeded. */
    public void call(String protocol, String method, long nanos, ErrorCode failure) {
        String methodTag = method == null ? UNKNOWN_METHOD : method;
        String outcome = failure == null ? "ok" : failure.name().toLowerCase(Locale.ROOT);
        Timer.builder("polyport.calls")
                .description("Calls through the invoker, nested ones included")
                .tags("protocol", protocol, "method", methodTag, "outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (failure != null) {
            Counter.builder("polyport.call.errors")
                    .description("Failed calls by error code")
                    .tags("protocol", protocol, "code", outcome)
                    .register(registry)
                    .increment();
        }
    }

    /** Records one HTTP response; {@code protocol} is {@code none} for requests no protocol took. */
    public void httpResponse(String protocol, int status, long nanos) {
        Timer.builder("polyport.http.requests")
                .description("HTTP requests by protocol and response status")
                .tags("protocol", protocol, "status", Integer.toString(status))
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Counts a failed authentication ({@code basic} or {@code bearer}). */
    public void authenticationFailed(String scheme) {
        registry.counter("polyport.auth.failures", "scheme", scheme).increment();
    }

    /** Counts an authentication refused by the login throttle. */
    public void authenticationThrottled() {
        registry.counter("polyport.auth.throttled").increment();
    }

    /** Counts a request or call refused by the per-caller rate limit. */
    public void rateLimited() {
        registry.counter("polyport.ratelimit.refusals").increment();
    }

    /** Publishes a gauge, e.g. open connections or the database pool's active connections. */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    /** The current values in the Prometheus text exposition format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
