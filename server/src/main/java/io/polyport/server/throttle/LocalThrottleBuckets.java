package io.polyport.server.throttle;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
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

    public LocalThrottleBuckets(Duration idleAfter) {
        this.buckets = CacheBuilder.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(idleAfter).build();
    }

    @Override
    public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
        try {
            return buckets.get(key, () -> local(configuration.get()));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Bucket local(BucketConfiguration configuration) {
        LocalBucketBuilder builder = Bucket.builder();
        for (Bandwidth bandwidth : configuration.getBandwidths()) {
            builder.addLimit(bandwidth);
        }
        return builder.build();
    }
}
