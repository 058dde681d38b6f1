package io.polyport.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCacheTest {
    @TempDir
    Path dir;

    private final AtomicInteger loads = new AtomicInteger();

    private String load(int key) {
        loads.incrementAndGet();
        return "value " + key + " #" + loads.get();
    }

    @Test
    void servesAReadUntilAWriteTransactionEnds() {
        try (Database database = Database.open(DatabaseConfig.defaults(), dir)) {
            ReadCache<Integer, String> cache = database.readCache(10);
            assertThat(cache.get(1, this::load)).isEqualTo("value 1 #1");
            assertThat(cache.get(1, this::load)).isEqualTo("value 1 #1");
            assertThat(loads).hasValue(1);

            database.transaction(dsl -> dsl.execute("create table scratch (x integer)"));
            assertThat(cache.get(1, this::load)).isEqualTo("value 1 #2");

            assertThatThrownBy(() -> database.transaction(dsl -> {
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            assertThat(cache.get(1, this::load)).as("a rolled-back write invalidates too").isEqualTo("value 1 #3");
        }
    }

    @Test
    void aReadThatBeganBeforeAWriteEndedIsNotServedAfterIt() {
        AtomicLong generation = new AtomicLong();
        ReadCache<Integer, String> cache = new ReadCache<>(10, generation::get, () -> false, () -> true);
        // the write commits and bumps the generation while the read is running
        cache.get(1, key -> {
            generation.incrementAndGet();
            return load(key);
        });
        assertThat(cache.get(1, this::load)).isEqualTo("value 1 #2");
    }

    @Test
    void aReadInsideATransactionNeitherUsesNorFillsTheCache() {
        try (Database database = Database.open(DatabaseConfig.defaults(), dir)) {
            ReadCache<Integer, String> cache = database.readCache(10);
            cache.get(1, this::load);
            database.transaction(dsl -> {
                assertThat(cache.get(1, key -> "uncommitted")).isEqualTo("uncommitted");
                return null;
            });
            assertThat(cache.get(1, this::load)).isEqualTo("value 1 #2");
        }
    }

    @Test
    void disabledCacheAlwaysReads() {
        ReadCache<Integer, String> cache = new ReadCache<>(10, () -> 0L, () -> false, () -> false);
        cache.get(1, this::load);
        cache.get(1, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void missesAreNotCached() {
        ReadCache<Integer, String> cache = new ReadCache<>(10, () -> 0L, () -> false, () -> true);
        assertThat(cache.get(1, key -> null)).isNull();
        assertThat(cache.get(1, this::load)).isEqualTo("value 1 #1");
    }
}
