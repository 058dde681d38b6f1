package io.polyport.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.testing.TestDatabases;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes on one PostgreSQL database: a write on one ends the other's cached reads (LISTEN/NOTIFY). */
@EnabledIfSystemProperty(named = "polyport.test.database", matches = "postgresql")
class ReadCacheAcrossNodesTest {
    @TempDir
    Path folder;

    private final AtomicInteger loads = new AtomicInteger();

    private String load(int key) {
        return "value " + key + " #" + loads.incrementAndGet();
    }

    @Test
    void aWriteOnAnotherNodeInvalidatesWithinASecond() throws InterruptedException {
        try (Database nodeA = TestDatabases.open(folder); Database nodeB = TestDatabases.open(folder)) {
            ReadCache<Integer, String> cache = nodeA.readCache(10);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            String first = cache.get(1, this::load);
            while (!cache.get(1, this::load).equals(first) && System.nanoTime() < deadline) {
                first = cache.get(1, this::load);
                Thread.sleep(20);
            }
            assertThat(cache.get(1, this::load)).as("caching once the listener is connected").isEqualTo(first);

            nodeB.transaction(dsl -> dsl.execute("create table scratch (x integer)"));

            String cached = first;
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (cache.get(1, this::load).equals(cached) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(cache.get(1, this::load)).as("invalidated by the other node's write").isNotEqualTo(cached);
        }
    }
}
