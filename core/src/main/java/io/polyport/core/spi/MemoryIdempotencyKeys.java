package io.polyport.core.spi;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link IdempotencyKeys} in this process's memory: at most {@value #MAX_ENTRIES} keys (the oldest dropped first),
 * each for {@link IdempotencyKeys#TTL}.
 */
final class MemoryIdempotencyKeys implements IdempotencyKeys {
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String fingerprint, Instant created, StoredResponse response) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false);

    MemoryIdempotencyKeys(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Claim claim(String caller, String key, String fingerprint) {
        Instant now = clock.instant();
        Instant oldest = now.minus(TTL);
        entries.values().removeIf(e -> e.created().isBefore(oldest) && e.response() != null);
        Entry existing = entries.get(id(caller, key));
        if (existing == null) {
            entries.put(id(caller, key), new Entry(fingerprint, now, null));
            while (entries.size() > MAX_ENTRIES) {
                entries.remove(entries.keySet().iterator().next());
            }
            return new Claim.Claimed();
        }
        if (!existing.fingerprint().equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        return existing.response() == null ? new Claim.InProgress() : new Claim.Remembered(existing.response());
    }

    @Override
    public synchronized void record(String caller, String key, StoredResponse response) {
        entries.computeIfPresent(id(caller, key), (id, e) -> new Entry(e.fingerprint(), e.created(), response));
    }

    @Override
    public synchronized void release(String caller, String key) {
        Entry entry = entries.get(id(caller, key));
        if (entry != null && entry.response() == null) {
            entries.remove(id(caller, key));
        }
    }

    private static String id(String caller, String key) {
        return caller + "\n" + key;
    }
}
