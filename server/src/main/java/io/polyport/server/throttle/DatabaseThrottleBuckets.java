package io.polyport.server.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.polyport.server.auth.Sha256;
import io.polyport.server.storage.Database;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Buckets in PostgreSQL's {@code throttle_buckets} table, shared by every node on the database (Bucket4j's
 * PostgreSQL proxy manager: each use of a bucket is one transaction that locks its row with
 * {@code SELECT ... FOR UPDATE}, at {@code READ COMMITTED} so that a waiting transaction reads the row as the
 * lock holder left it). A row expires once its bucket would be full again; expired rows are deleted by
 * the buckets' users, in batches, at most once a minute per node. Time is each node's clock, so nodes' clocks must
 * agree (NTP).
 */
public final class DatabaseThrottleBuckets implements ThrottleBuckets {
    /** Ids are VARCHAR(512): a key of up to 128 characters fits whatever they are. */
    private static final int MAX_ID_LENGTH = 128;
    private static final int REMOVE_BATCH = 1_000;
    private static final int MAX_BATCHES = 10;
    private static final long SWEEP_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    public DatabaseThrottleBuckets(Database database) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(database.readCommittedDataSource())
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("throttle_buckets")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ZERO))
                .build();
    }

    @Override
    public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
        sweep();
        return buckets.builder().build(rowId(key), configuration);
    }

    /** The row's id: the key, or a digest of a key too long for the column (a client's made-up user name). */
    static String rowId(String key) {
        return key.length() <= MAX_ID_LENGTH ? key : "sha256:" + Sha256.hex(key);
    }

    private void sweep() {
        long now = System.nanoTime();
        long last = lastSweep.get();
        if (now - last >= SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, now)) {
            removeExpired();
        }
    }

    /** Deletes the rows of buckets that are full again, in batches (a bounded number): how many it deleted. */
    int removeExpired() {
        int total = 0;
        int removed = REMOVE_BATCH;
        for (int batch = 0; batch < MAX_BATCHES && removed == REMOVE_BATCH; batch++) {
            removed = buckets.removeExpired(REMOVE_BATCH);
            total += removed;
        }
        return total;
    }
}
