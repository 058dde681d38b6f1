package io.polyport.server.throttle;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Buckets in this process's memory, at most {@value #MAX_KEYS} of them. A bucket is forgotten once unused for
 * {@code idleAfter}, which must be at least the time it takes to refill completely: forgetting it then grants
 * nothing a full bucket would not.
 */
public final class LocalThrottleBuckets implements ThrottleBuckets {
    private static final long MAX_KEYS = 100_000;

    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    public LocalThrottleBuckets(Duration idleAfter) {
        this(idleAfter, Ticker.systemTicker());
    }

    /** Buckets measuring time with {@code ticker} (nanoseconds), for tests. */
    public LocalThrottleBuckets(Duration idleAfter, Ticker ticker) {
        this.buckets = CacheBuilder.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(idleAfter).ticker(ticker)
                .build();
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return ticker.read();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    @Override
    public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
        try {
            return buckets.get(key, () -> local(configuration.get()));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Bucket local(BucketConfiguration configuration) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        for (Bandwidth bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }
}
