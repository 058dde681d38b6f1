package io.polyport.server.auth;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
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
     * Reserves one attempt for {@code user} (null for a token) from {@code address}: empty when it may be checked
     * now, else how long the client must wait. Reserving before checking keeps concurrent guesses within the
     * limit; hand the reservation back with {@link #succeeded} when the credentials were right.
     */
    public Optional<Duration> tryAttempt(String user, String address) {
        Bucket addressBucket = addressBucket(address);
        ConsumptionProbe byAddress = addressBucket.tryConsumeAndReturnRemaining(1);
        if (!byAddress.isConsumed()) {
            return Optional.of(wait(byAddress));
        }
        if (user != null) {
            ConsumptionProbe byUser = userBucket(user).tryConsumeAndReturnRemaining(1);
            if (!byUser.isConsumed()) {
                addressBucket.addTokens(1);
                return Optional.of(wait(byUser));
            }
        }
        return Optional.empty();
    }

    /**
     * How long {@code user} (null for a token) from {@code address} must wait, without reserving an attempt: empty
     * when neither bucket is empty.
     */
    public Optional<Duration> blocked(String user, String address) {
        EstimationProbe byAddress = addressBucket(address).estimateAbilityToConsume(1);
        if (!byAddress.canBeConsumed()) {
            return Optional.of(Duration.ofNanos(Math.max(1, byAddress.getNanosToWaitForRefill())));
        }
        if (user != null) {
            EstimationProbe byUser = userBucket(user).estimateAbilityToConsume(1);
            if (!byUser.canBeConsumed()) {
                return Optional.of(Duration.ofNanos(Math.max(1, byUser.getNanosToWaitForRefill())));
            }
        }
        return Optional.empty();
    }

    /** Gives back the attempt reserved for right credentials: only failures count. */
    public void succeeded(String user, String address) {
        addressBucket(address).addTokens(1);
        if (user != null) {
            userBucket(user).addTokens(1);
        }
    }

    private Bucket userBucket(String user) {
        return buckets.bucket(USER_KEY + user, () -> perUser);
    }

    private Bucket addressBucket(String address) {
        return buckets.bucket(ADDRESS_KEY + address, () -> perAddress);
    }

    private static Duration wait(ConsumptionProbe refused) {
        return Duration.ofNanos(Math.max(1, refused.getNanosToWaitForRefill()));
    }

    private static BucketConfiguration failuresPerWindow(int failures, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(failures).refillIntervally(failures, window))
                .build();
    }
}
