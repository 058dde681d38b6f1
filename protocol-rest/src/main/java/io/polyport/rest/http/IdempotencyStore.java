package io.polyport.rest.http;

import io.polyport.core.spi.IdempotencyKeys;
import io.polyport.core.spi.IdempotencyKeys.Claim;
import io.polyport.core.spi.IdempotencyKeys.StoredResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Answers {@code POST} requests that carried an {@code Idempotency-Key} once per caller and key, through the
 * gateway's {@link IdempotencyKeys}: a retried request gets the first response instead of creating a duplicate. A
 * retry that arrives while the first attempt still runs (on this node or another sharing the keys) polls until its
 * response is recorded, for at most {@code maxWait}, then gets 409. The same key with a different request is
 * refused (422). Server errors are not remembered, so they may be retried.
 */
public final class IdempotencyStore {
    private static final Duration FIRST_POLL = Duration.ofMillis(10);
    private static final Duration LONGEST_POLL = Duration.ofMillis(250);

    private final IdempotencyKeys keys;
    private final Duration maxWait;

    public IdempotencyStore(IdempotencyKeys keys, Duration maxWait) {
        this.keys = keys;
        this.maxWait = maxWait;
    }

    /**
     * The response for {@code key}: the remembered one (marked {@code Idempotency-Replayed: true}) or, the first
     * time, the one {@code action} computes.
     *
     * @param fingerprint what identifies the request (method, path, body digest)
     */
    public RestResponse respond(String caller, String key, String fingerprint, Supplier<RestResponse> action) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        Duration pause = FIRST_POLL;
        while (true) {
            Claim claim = keys.claim(caller, key, fingerprint);
            if (claim instanceof Claim.Claimed) {
                return run(caller, key, action);
            }
            if (claim instanceof Claim.Remembered remembered) {
                return replay(remembered.response());
            }
            if (claim instanceof Claim.Mismatch) {
                throw new RestFailure(422, "Idempotency-Key '" + key + "' was already used for a different request.");
            }
            if (System.nanoTime() - deadline >= 0 || !sleep(pause)) {
                throw new RestFailure(409, "A request with this Idempotency-Key is still being processed.");
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : pause.multipliedBy(2);
        }
    }

    private RestResponse run(String caller, String key, Supplier<RestResponse> action) {
        RestResponse response;
        try {
            response = action.get();
        } catch (RuntimeException | Error e) {
            keys.release(caller, key);
            throw e;
        }
        if (response.status() >= 500) {
            keys.release(caller, key);
        } else {
            keys.record(caller, key, new StoredResponse(response.status(), response.contentType(), response.body(),
                    response.headers()));
        }
        return response;
    }

    private static RestResponse replay(StoredResponse stored) {
        return new RestResponse(stored.status(), stored.contentType(), stored.body(), stored.headers())
                .withHeader("Idempotency-Replayed", "true");
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
