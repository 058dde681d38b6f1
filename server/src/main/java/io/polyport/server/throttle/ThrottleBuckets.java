package io.polyport.server.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.util.function.Supplier;

/**
 * Where throttling buckets live, by key: {@link LocalThrottleBuckets} in this process, {@link
 * DatabaseThrottleBuckets} in the database shared by every node; {@link ThrottleStorage} chooses.
 */
@FunctionalInterface
public interface ThrottleBuckets {
    /** The bucket for {@code key}, created full with {@code configuration} when there is none. */
    Bucket bucket(String key, Supplier<BucketConfiguration> configuration);
}
