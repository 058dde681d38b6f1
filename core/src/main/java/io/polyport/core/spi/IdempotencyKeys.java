package io.polyport.core.spi;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Where the responses to requests that carried an idempotency key are remembered, per caller and key, so that a
 * retried request gets the first response instead of repeating its effect. A protocol {@link #claim claims} a key
 * before it runs the request, then {@link #record records} the response or {@link #release releases} the claim
 * when there is nothing worth remembering. Entries expire {@link #TTL} after their claim. Implementations shared
 * by several gateway processes (a database) make a key's first request run once across all of them.
 */
public interface IdempotencyKeys {
    /** How long a key and its response are remembered. */
    Duration TTL = Duration.ofHours(24);

    /**
     * Claims {@code key} for {@code caller}'s request identified by {@code fingerprint}: {@link Claim.Claimed} when
     * the caller runs it now, else what an earlier request with this key left.
     */
    Claim claim(String caller, String key, String fingerprint);

    /** Remembers the response to the request that claimed {@code key}. */
    void record(String caller, String key, StoredResponse response);

    /** Drops a claim whose request left nothing to remember (it failed), so that a retry runs again. */
    void release(String caller, String key);

    /** An in-memory store for one process: embedded gateways and tests. */
    static IdempotencyKeys inMemory() {
        return new MemoryIdempotencyKeys(Clock.systemUTC());
    }

    /**
     * A complete response as it was sent.
     *
     * @param status      the HTTP status
     * @param contentType the body's media type, or null for none
     * @param body        the body bytes
     * @param headers     further response headers
     */
    record StoredResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
        public StoredResponse {
            headers = Map.copyOf(headers);
        }
    }

    /** What {@link #claim} found. */
    sealed interface Claim {
        /** The key was free: the caller runs the request and then records or releases it. */
        record Claimed() implements Claim {
        }

        /** The key's request ran already: replay its response. */
        record Remembered(StoredResponse response) implements Claim {
        }

        /** The key's request is still running (here or on another node). */
        record InProgress() implements Claim {
        }

        /** The key was used for a different request. */
        record Mismatch() implements Claim {
        }
    }
}
