package io.polyport.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Ticker;
import io.polyport.server.throttle.LocalThrottleBuckets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CallerRateLimiterTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Ticker clock = new Ticker() {
        @Override
        public long read() {
            return nanos.get();
        }
    };

    private void advance(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private CallerRateLimiter limiter(double perSecond, int burst) {
        return new CallerRateLimiter(perSecond, burst, new LocalThrottleBuckets(
                CallerRateLimiter.refillTime(perSecond, burst), clock));
    }

    @Test
    void aBurstPassesThenTheCallerWaitsForTheNextToken() {
        CallerRateLimiter limiter = limiter(5, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("alice")).isEmpty();
        }
        assertThat(limiter.tryAcquire("alice")).hasValue(Duration.ofMillis(200));
        advance(100);
        assertThat(limiter.tryAcquire("alice")).hasValue(Duration.ofMillis(100));
        advance(100);
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        assertThat(limiter.tryAcquire("alice")).isPresent();
    }

    @Test
    void callersHaveTheirOwnBuckets() {
        CallerRateLimiter limiter = limiter(1, 1);
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        assertThat(limiter.tryAcquire("alice")).isPresent();
        assertThat(limiter.tryAcquire("bob")).isEmpty();
    }

    @Test
    void anIdleCallerGetsAFullBucketButNoMore() {
        CallerRateLimiter limiter = limiter(2, 2);
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        advance(60_000);
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        assertThat(limiter.tryAcquire("alice")).hasValue(Duration.ofMillis(500));
    }

    @Test
    void theQuotaTellsWhatIsLeftAndWhenTheBucketIsFullAgain() {
        CallerRateLimiter limiter = limiter(2, 4);
        limiter.tryAcquire("alice");
        limiter.tryAcquire("alice");
        limiter.tryAcquire("alice");
        assertThat(limiter.quota("alice")).isEqualTo(new CallerRateLimiter.Quota(4, 1, 2));
    }

    @Test
    void refusesALimitThatCannotBeMet() {
        assertThatThrownBy(() -> limiter(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
