package io.polyport.rest.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Remembers the responses to {@code POST} requests that carried an {@code Idempotency-Key}, per caller, so a
 * retried request gets the first response instead of creating a duplicate. A retry that arrives while the first
 * attempt still runs waits for it. The same key with a different request is refused (422). Entries live
 * {@link #TTL} and at most {@link #MAX_ENTRIES} are kept (oldest dropped); they are in memory, per server.
 */
public final class IdempotencyStore {
    static final Duration TTL = Duration.ofHours(24);
    static final int MAX_ENTRIES = 10_000;
    private static final long WAIT_SECONDS = 60;

    private record Entry(String fingerprint, Instant created, CompletableFuture<RestResponse> response) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false);

    public IdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * The response for {@code key}: the remembered one (marked {@code Idempotency-Replayed: true}) or, the first
     * time, the one {@code action} computes. Server errors are not remembered, so they may be retried.
     *
     * @param fingerprint what identifies the request (method, path, body digest)
     */
    public RestResponse respond(String caller, String key, String fingerprint, Supplier<RestResponse> action) {
        String id = caller + "\n" + key;
        CompletableFuture<RestResponse> mine = new CompletableFuture<>();
        Entry existing;
        synchronized (entries) {
            expire();
            existing = entries.get(id);
            if (existing == null) {
                entries.put(id, new Entry(fingerprint, clock.instant(), mine));
                while (entries.size() > MAX_ENTRIES) {
                    entries.remove(entries.keySet().iterator().next());
                }
            }
        }
        if (existing != null) {
            if (!existing.fingerprint().equals(fingerprint)) {
                throw new RestFailure(422, "Idempotency-Key '" + key + "' was already used for a different request.");
            }
            return await(existing.response()).withHeader("Idempotency-Replayed", "true");
        }
        try {
            RestResponse response = action.get();
            mine.complete(response);
            if (response.status() >= 500) {
                forget(id, mine);
            }
            return response;
        } catch (RuntimeException | Error e) {
            forget(id, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private void forget(String id, CompletableFuture<RestResponse> response) {
        synchronized (entries) {
            Entry entry = entries.get(id);
            if (entry != null && entry.response() == response) {
                entries.remove(id);
            }
        }
    }

    private void expire() {
        Instant oldest = clock.instant().minus(TTL);
        entries.values().removeIf(e -> e.created().isBefore(oldest) && e.response().isDone());
    }

    private static RestResponse await(CompletableFuture<RestResponse> response) {
        try {
            return response.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new RestFailure(409, "A request with this Idempotency-Key is still being processed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RestFailure(409, "A request with this Idempotency-Key is still being processed.");
        }
    }
}
