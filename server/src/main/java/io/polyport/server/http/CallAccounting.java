package io.polyport.server.http;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.CallObserver;
import io.polyport.server.metrics.GatewayMetrics;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The gateway's observer of one request's calls, reached by the invoker through the call context. The request
 * itself already paid one request of the caller's rate limit, which covers its first call; every further call —
 * each sub-call of {@code system.multicall}, each element of a JSON-RPC batch — pays one more, so batching does
 * not multiply a budget. A call over the limit fails alone with {@link ErrorCode#RATE_LIMITED}. Every call is
 * recorded in the metrics, and the first one's method (once it is known to exist) is reported for the access log.
 */
final class CallAccounting implements CallObserver {
    private final String protocol;
    private final GatewayMetrics metrics;
    private final Optional<CallerRateLimiter> rateLimiter;
    private final String rateLimitKey;
    private final Consumer<String> firstMethod;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile String firstRequested;

    CallAccounting(String protocol, GatewayMetrics metrics, Optional<CallerRateLimiter> rateLimiter,
                   String rateLimitKey, Consumer<String> firstMethod) {
        this.protocol = protocol;
        this.metrics = metrics;
        this.rateLimiter = rateLimiter;
        this.rateLimitKey = rateLimitKey;
        this.firstMethod = firstMethod;
    }

    @Override
    public void beforeCall(String methodName) {
        if (calls.getAndIncrement() == 0) {
            firstRequested = methodName;
            return;
        }
        if (rateLimiter.isEmpty()) {
            return;
        }
        Optional<Duration> wait = rateLimiter.get().tryAcquire(rateLimitKey);
        if (wait.isPresent()) {
            metrics.rateLimited();
            throw new RpcException(ErrorCode.RATE_LIMITED, rateLimiter.get().refusal(wait.get()));
        }
    }

    @Override
    public void afterCall(String method, long nanos, ErrorCode failure) {
        if (method != null && method.equals(firstRequested)) {
            firstMethod.accept(method);
        }
        metrics.call(protocol, method, nanos, failure);
    }
}
