package io.polyport.server.http;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.polyport.server.throttle.ThrottleBuckets;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A request rate limit per caller: a Bucket4j bucket for each key (a user name) that holds up to {@code burst}
 * requests and refills greedily at {@code perSecond}. Where buckets live is the {@link ThrottleBuckets}' business:
 * in this process, or in the database shared by every node.
 */
final class CallerRateLimiter {
    private static final String KEY = "rate:";

    private final double perSecond;
    private final int burst;
    private final ThrottleBuckets buckets;
    private final BucketConfiguration configuration;

    CallerRateLimiter(double perSecond, int burst, ThrottleBuckets buckets) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.buckets = buckets;
        this.configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(burst, refillTime(perSecond, burst)))
                .build();
    }

    /** How long an empty bucket takes to fill up: how long a bucket must be kept while it is not full. */
    static Duration refillTime(double perSecond, int burst) {
        return Duration.ofNanos((long) Math.ceil(burst / perSecond * TimeUnit.SECONDS.toNanos(1)));
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
        ConsumptionProbe probe = buckets.bucket(KEY + caller, () -> configuration).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * The state of {@code caller}'s bucket for {@code RateLimit-*} headers: the burst, the whole requests left now
     * and the seconds until the bucket is full again.
     */
    Quota quota(String caller) {
        EstimationProbe full = buckets.bucket(KEY + caller, () -> configuration).estimateAbilityToConsume(burst);
        long reset = (full.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
        return new Quota(burst, full.getRemainingTokens(), reset);
    }

    /** A bucket's state: {@code limit} requests at once, {@code remaining} left, full in {@code resetSeconds}. */
    record Quota(int limit, long remaining, long resetSeconds) {
    }
}
