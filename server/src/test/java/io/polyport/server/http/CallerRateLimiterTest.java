package io.polyport.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Ticker;
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

    @Test
    void aBurstPassesThenTheCallerWaitsForTheNextToken() {
        CallerRateLimiter limiter = new CallerRateLimiter(5, 3, clock);
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
        CallerRateLimiter limiter = new CallerRateLimiter(1, 1, clock);
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        assertThat(limiter.tryAcquire("alice")).isPresent();
        assertThat(limiter.tryAcquire("bob")).isEmpty();
    }

    @Test
    void anIdleCallerGetsAFullBucketButNoMore() {
        CallerRateLimiter limiter = new CallerRateLimiter(2, 2, clock);
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        advance(60_000);
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        assertThat(limiter.tryAcquire("alice")).isEmpty();
        assertThat(limiter.tryAcquire("alice")).hasValue(Duration.ofMillis(500));
    }

    @Test
    void refusesALimitThatCannotBeMet() {
        assertThatThrownBy(() -> new CallerRateLimiter(0, 1, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallerRateLimiter(1, 0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
