package io.polyport.server.http;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A request rate limit per caller: a token bucket for each key (a user name) that holds up to {@code burst}
 * requests and refills at {@code perSecond}. Buckets live in a bounded cache and expire once idle long enough to be
 * full again, so forgetting one never grants more than a full bucket would.
 */
final class CallerRateLimiter {
    private static final long MAX_CALLERS = 100_000;

    private final double perSecond;
    private final int burst;
    private final Ticker ticker;
    private final Cache<String, TokenBucket> buckets;

    CallerRateLimiter(double perSecond, int burst, Ticker ticker) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.ticker = ticker;
        long refillNanos = (long) Math.ceil(burst / perSecond * TimeUnit.SECONDS.toNanos(1));
        this.buckets = CacheBuilder.newBuilder()
                .maximumSize(MAX_CALLERS)
                .expireAfterAccess(Math.max(refillNanos, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS)
                .ticker(ticker)
                .build();
    }

    /** The limit in words, for messages: {@code 5 per second}. */
    String describe() {
        return BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString() + " per second";
    }

    /** Whole seconds to wait, for {@code Retry-After}: {@code wait} rounded up, at least 1. */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** The message for a refusal that must wait {@code wait}. */
    String refusal(Duration wait) {
        return "Too many requests: at most " + describe() + " are allowed; retry after " + retryAfterSeconds(wait)
                + " s.";
    }

    /** Takes one request from {@code caller}'s bucket: empty when it may proceed, else how long until it may. */
    Optional<Duration> tryAcquire(String caller) {
        try {
            return buckets.get(caller, () -> new TokenBucket(ticker.read())).take(ticker.read());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The state of {@code caller}'s bucket for {@code RateLimit-*} headers: the burst, the whole requests left now
     * and the seconds until the bucket is full again.
     */
    Quota quota(String caller) {
        try {
            return buckets.get(caller, () -> new TokenBucket(ticker.read())).quota(ticker.read());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A bucket's state: {@code limit} requests at once, {@code remaining} left, full in {@code resetSeconds}. */
    record Quota(int limit, long remaining, long resetSeconds) {
    }

    /** One caller's bucket. */
    private final class TokenBucket {
        private double tokens = burst;
        private long refilledAt;

        TokenBucket(long now) {
            this.refilledAt = now;
        }

        synchronized Optional<Duration> take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond
                    * TimeUnit.SECONDS.toNanos(1))));
        }

        synchronized Quota quota(long now) {
            refill(now);
            return new Quota(burst, (long) Math.floor(tokens), (long) Math.ceil((burst - tokens) / perSecond));
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - refilledAt);
            tokens = Math.min(burst, tokens + elapsed * perSecond / TimeUnit.SECONDS.toNanos(1));
            refilledAt += elapsed;
        }
    }
}
