package io.polyport.server.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.util.function.Supplier;

/**
 * Where throttling buckets live, by key. {@link LocalThrottleBuckets} keeps them in this process; a store shared by
 * several nodes fits the same shape with Bucket4j's {@code ProxyManager}:
 * {@code (key, configuration) -> proxyManager.builder().build(key, configuration)}.
 */
@FunctionalInterface
public interface ThrottleBuckets {
    /** The bucket for {@code key}, created full with {@code configuration} when there is none. */
    Bucket bucket(String key, Supplier<BucketConfiguration> configuration);
}
