package io.polyport.server.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.BucketConfiguration;
import io.polyport.server.auth.LoginConfig;
import io.polyport.server.auth.LoginThrottle;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import io.polyport.server.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes (two pools on one PostgreSQL database, always PostgreSQL: SQLite keeps its buckets in memory) take from
 * the same buckets.
 */
class DatabaseThrottleBucketsTest {
    private static final Supplier<BucketConfiguration> THREE_PER_MINUTE = () -> BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(3).refillGreedy(3, Duration.ofMinutes(1))).build();

    @TempDir
    Path folder;
    private Database first;
    private Database second;
    private ThrottleBuckets nodeA;
    private ThrottleBuckets nodeB;

    @BeforeEach
    void open() {
        DatabaseConfig config = TestDatabases.freshPostgres();
        first = Database.open(config, folder);
        second = Database.open(config, folder);
        nodeA = ThrottleStorage.of(first).buckets(Duration.ofMinutes(1));
        nodeB = ThrottleStorage.of(second).buckets(Duration.ofMinutes(1));
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void onPostgresqlTheBucketsAreTheDatabases() {
        assertThat(nodeA).isInstanceOf(DatabaseThrottleBuckets.class);
    }

    @Test
    void tokensTakenOnOneNodeAreGoneOnTheOther() {
        assertThat(nodeA.bucket("rate:alice", THREE_PER_MINUTE).tryConsume(2)).isTrue();
        assertThat(nodeB.bucket("rate:alice", THREE_PER_MINUTE).tryConsume(1)).isTrue();
        assertThat(nodeA.bucket("rate:alice", THREE_PER_MINUTE).tryConsume(1)).isFalse();
        assertThat(nodeB.bucket("rate:bob", THREE_PER_MINUTE).tryConsume(3)).isTrue();
    }

    @Test
    void aKeyTooLongForTheTableIsStoredAsItsDigest() {
        String longName = "login-user:" + "x".repeat(5_000);
        assertThat(nodeA.bucket(longName, THREE_PER_MINUTE).tryConsume(3)).isTrue();
        assertThat(nodeB.bucket(longName, THREE_PER_MINUTE).tryConsume(1)).isFalse();
        assertThat(DatabaseThrottleBuckets.rowId(longName)).startsWith("sha256:").hasSize(71);
    }

    @Test
    void loginFailuresCountedOnOneNodeBlockTheOther() {
        LoginConfig config = new LoginConfig(2, 100, 300);
        LoginThrottle onA = new LoginThrottle(config, nodeA);
        LoginThrottle onB = new LoginThrottle(config, nodeB);
        assertThat(onA.tryAttempt("alice", "10.0.0.1")).isEmpty();
        assertThat(onB.tryAttempt("alice", "10.0.0.2")).isEmpty();
        assertThat(onB.blocked("alice", "10.0.0.3")).isPresent();
        assertThat(onA.tryAttempt("alice", "10.0.0.1")).isPresent();
    }

    @Test
    void theRowsOfBucketsThatAreFullAgainAreRemoved() throws InterruptedException {
        Supplier<BucketConfiguration> onePerTenthSecond = () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, Duration.ofMillis(100))).build();
        nodeA.bucket("rate:carol", onePerTenthSecond).tryConsume(1);
        nodeA.bucket("rate:dave", THREE_PER_MINUTE).tryConsume(1);
        Thread.sleep(300);
        assertThat(((DatabaseThrottleBuckets) nodeB).removeExpired()).isEqualTo(1);
        assertThat(first.dsl().fetch("select id from throttle_buckets").getValues(0, String.class))
                .containsExactly("rate:dave");
    }
}
