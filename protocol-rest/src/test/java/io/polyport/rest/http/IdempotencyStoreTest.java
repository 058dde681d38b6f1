package io.polyport.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.spi.IdempotencyKeys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {
    private final IdempotencyStore store = new IdempotencyStore(IdempotencyKeys.inMemory(), Duration.ofSeconds(10));
    private final AtomicInteger runs = new AtomicInteger();

    private RestResponse created() {
        return RestResponse.json(201, ("{\"n\":" + runs.incrementAndGet() + "}").getBytes(), Map.of());
    }

    @Test
    void aRetryWhileTheFirstAttemptRunsWaitsForItsResult() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<RestResponse> first = CompletableFuture.supplyAsync(() ->
                store.respond("alice", "k", "POST /t", () -> {
                    running.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return created();
                }));
        running.await();
        CompletableFuture<RestResponse> retry = CompletableFuture.supplyAsync(() ->
                store.respond("alice", "k", "POST /t", this::created));
        release.countDown();
        assertThat(List.of(first.get().text(), retry.get().text())).containsOnly("{\"n\":1}");
        assertThat(retry.get().headers()).containsEntry("Idempotency-Replayed", "true");
        assertThat(runs).hasValue(1);
    }

    @Test
    void keysBelongToOneCallerAndOneRequest() {
        store.respond("alice", "k", "POST /t", this::created);
        assertThat(store.respond("bob", "k", "POST /t", this::created).text()).isEqualTo("{\"n\":2}");
        assertThatThrownBy(() -> store.respond("alice", "k", "POST /other", this::created))
                .isInstanceOfSatisfying(RestFailure.class, f -> assertThat(f.status()).isEqualTo(422));
    }

    @Test
    void serverErrorsAreNotRemembered() {
        store.respond("alice", "k", "POST /t", () -> RestResponse.empty(500, Map.of()));
        assertThat(store.respond("alice", "k", "POST /t", this::created).status()).isEqualTo(201);
    }

    @Test
    void aRetryGivesUpWith409WhenTheFirstAttemptOutlastsTheWait() {
        IdempotencyKeys keys = IdempotencyKeys.inMemory();
        keys.claim("alice", "k", "POST /t");
        IdempotencyStore impatient = new IdempotencyStore(keys, Duration.ofMillis(50));
        assertThatThrownBy(() -> impatient.respond("alice", "k", "POST /t", this::created))
                .isInstanceOfSatisfying(RestFailure.class, f -> assertThat(f.status()).isEqualTo(409));
        assertThat(runs).hasValue(0);
    }
}
