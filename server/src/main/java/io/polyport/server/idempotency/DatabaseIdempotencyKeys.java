package io.polyport.server.idempotency;

import static io.polyport.server.db.Tables.IDEMPOTENCY_KEYS;

import io.polyport.core.spi.IdempotencyKeys;
import io.polyport.server.auth.EpochMicros;
import io.polyport.server.auth.Sha256;
import io.polyport.server.db.tables.records.IdempotencyKeysRecord;
import io.polyport.server.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.Condition;

/**
 * {@link IdempotencyKeys} in the database's {@code idempotency_keys} table, so that every node on it (and this one
 * after a restart) sees the same keys. A claim is an insert that does nothing when the row exists, so of two nodes
 * claiming one key at once exactly one wins. A claim still running after {@link #ABANDONED_AFTER} is taken to be
 * left by a node that stopped, and is dropped. Expired rows are deleted by the claims themselves, at most once a
 * minute per node.
 */
public final class DatabaseIdempotencyKeys implements IdempotencyKeys {
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    private static final long SWEEP_EVERY_MICROS = Duration.ofMinutes(1).toNanos() / 1000;

    private final Database database;
    private final Clock clock;
    private final AtomicLong lastSweep = new AtomicLong();

    public DatabaseIdempotencyKeys(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Claim claim(String caller, String key, String fingerprint) {
        long now = EpochMicros.of(clock.instant());
        sweep(now);
        String fingerprintHash = Sha256.hex(fingerprint);
        while (true) {
            int inserted = database.dsl().insertInto(IDEMPOTENCY_KEYS)
                    .set(IDEMPOTENCY_KEYS.CALLER, caller)
                    .set(IDEMPOTENCY_KEYS.KEY_HASH, Sha256.hex(key))
                    .set(IDEMPOTENCY_KEYS.FINGERPRINT, fingerprintHash)
                    .set(IDEMPOTENCY_KEYS.CREATED, now)
                    .onConflictDoNothing()
                    .execute();
            if (inserted == 1) {
                return new Claim.Claimed();
            }
            Optional<IdempotencyKeysRecord> existing = database.dsl().selectFrom(IDEMPOTENCY_KEYS)
                    .where(row(caller, key)).fetchOptional();
            if (existing.isEmpty()) {
                continue;
            }
            IdempotencyKeysRecord row = existing.get();
            if (isOver(row, now)) {
                database.dsl().deleteFrom(IDEMPOTENCY_KEYS)
                        .where(row(caller, key), IDEMPOTENCY_KEYS.CREATED.eq(row.getCreated())).execute();
                continue;
            }
            if (!row.getFingerprint().equals(fingerprintHash)) {
                return new Claim.Mismatch();
            }
            return row.getStatus() == null ? new Claim.InProgress() : new Claim.Remembered(response(row));
        }
    }

    @Override
    public void record(String caller, String key, StoredResponse response) {
        database.dsl().update(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.STATUS, response.status())
                .set(IDEMPOTENCY_KEYS.CONTENT_TYPE, response.contentType())
                .set(IDEMPOTENCY_KEYS.HEADERS, headers(response.headers()))
                .set(IDEMPOTENCY_KEYS.BODY, response.body())
                .where(row(caller, key))
                .execute();
    }

    @Override
    public void release(String caller, String key) {
        database.dsl().deleteFrom(IDEMPOTENCY_KEYS)
                .where(row(caller, key), IDEMPOTENCY_KEYS.STATUS.isNull())
                .execute();
    }

    /** Whether {@code row} has expired, or is a claim abandoned by a node that stopped. */
    private static boolean isOver(IdempotencyKeysRecord row, long now) {
        long age = now - row.getCreated();
        return age > TTL.toNanos() / 1000 || (row.getStatus() == null && age > ABANDONED_AFTER.toNanos() / 1000);
    }

    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_EVERY_MICROS && lastSweep.compareAndSet(last, now)) {
            database.dsl().deleteFrom(IDEMPOTENCY_KEYS)
                    .where(IDEMPOTENCY_KEYS.CREATED.lt(now - TTL.toNanos() / 1000))
                    .execute();
        }
    }

    private static Condition row(String caller, String key) {
        return IDEMPOTENCY_KEYS.CALLER.eq(caller).and(IDEMPOTENCY_KEYS.KEY_HASH.eq(Sha256.hex(key)));
    }

    private static StoredResponse response(IdempotencyKeysRecord row) {
        Map<String, String> headers = new LinkedHashMap<>();
        row.getHeaders().lines().forEach(line -> {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon), line.substring(colon + 1));
        });
        return new StoredResponse(row.getStatus(), row.getContentType(), row.getBody(), headers);
    }

    /** Headers one a line, {@code name:value}: names hold no colon, and neither holds a line break. */
    private static String headers(Map<String, String> headers) {
        StringBuilder text = new StringBuilder();
        headers.forEach((name, value) -> text.append(name).append(':').append(value).append('\n'));
        return text.toString();
    }
}
