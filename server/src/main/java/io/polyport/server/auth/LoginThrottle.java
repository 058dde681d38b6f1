package io.polyport.server.auth;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.polyport.server.throttle.ThrottleBuckets;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed authentications per user name and per client address, each in a Bucket4j bucket that holds the
 * failures a window allows and refills all of them when the window ends. Once either bucket is empty, every
 * attempt for that name or from that address is refused before any password is hashed, the right password
 * included, until the window ends; other names and addresses are unaffected.
 */
public final class LoginThrottle {
    private static final String USER_KEY = "login-user:";
    private static final String ADDRESS_KEY = "login-address:";

    private final ThrottleBuckets buckets;
    private final BucketConfiguration perUser;
    private final BucketConfiguration perAddress;

    public LoginThrottle(LoginConfig config, ThrottleBuckets buckets) {
        this.buckets = buckets;
        this.perUser = failuresPerWindow(config.maxFailuresPerUser(), config.window());
        this.perAddress = failuresPerWindow(config.maxFailuresPerAddress(), config.window());
    }

    /**
     * How long attempts for {@code user} (null for a token) from {@code address} must wait, or empty when they
     * may be checked now.
     */
    public Optional<Duration> blockedFor(String user, String address) {
        long waitNanos = waitNanos(addressBucket(address));
        if (user != null) {
            waitNanos = Math.max(waitNanos, waitNanos(userBucket(user)));
        }
        return waitNanos > 0 ? Optional.of(Duration.ofNanos(waitNanos)) : Optional.empty();
    }

    /** Counts one failed attempt for {@code user} (null for a token) from {@code address}. */
    public void failed(String user, String address) {
        addressBucket(address).tryConsume(1);
        if (user != null) {
            userBucket(user).tryConsume(1);
        }
    }

    private Bucket userBucket(String user) {
        return buckets.bucket(USER_KEY + user, () -> perUser);
    }

    private Bucket addressBucket(String address) {
        return buckets.bucket(ADDRESS_KEY + address, () -> perAddress);
    }

    private static long waitNanos(Bucket bucket) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    private static BucketConfiguration failuresPerWindow(int failures, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(failures).refillIntervally(failures, window))
                .build();
    }
}
