package io.polyport.server.storage;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A cache of values read outside transactions, valid until the next write transaction ends. Each entry records
 * the database's write generation at the moment its read began; any write transaction ending afterwards bumps
 * the generation and so invalidates it. A value read before a concurrent write committed is therefore never
 * served after that commit. A read inside a transaction bypasses the cache: it may see the transaction's own
 * uncommitted rows, which no other thread must be served.
 *
 * @param <K> the key, e.g. a ticket id
 * @param <V> an immutable value
 */
public final class ReadCache<K, V> {
    private record Entry<V>(long generation, V value) {
    }

    private final Cache<K, Entry<V>> entries;
    private final LongSupplier generation;
    private final BooleanSupplier inTransaction;
    private final BooleanSupplier enabled;

    ReadCache(int maxEntries, LongSupplier generation, BooleanSupplier inTransaction, BooleanSupplier enabled) {
        this.entries = CacheBuilder.newBuilder().maximumSize(maxEntries).build();
        this.generation = generation;
        this.inTransaction = inTransaction;
        this.enabled = enabled;
    }

    /** The value for {@code key}, from the cache when no write ended since it was read, else from {@code loader}. */
    public V get(K key, Function<K, V> loader) {
        if (!enabled.getAsBoolean() || inTransaction.getAsBoolean()) {
            return loader.apply(key);
        }
        long current = generation.getAsLong();
        Entry<V> entry = entries.getIfPresent(key);
        if (entry != null && entry.generation() == current) {
            return entry.value();
        }
        V value = loader.apply(key);
        if (value != null) {
            entries.put(key, new Entry<>(current, value));
        }
        return value;
    }
}
