package io.polyport.server.idempotency;

import static io.polyport.server.db.Tables.IDEMPOTENCY_KEYS;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.spi.IdempotencyKeys;
import io.polyport.core.spi.IdempotencyKeys.Claim;
import io.polyport.core.spi.IdempotencyKeys.StoredResponse;
import io.polyport.server.storage.Database;
import io.polyport.server.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes (two {@link Database} pools on one database, as two servers have) sharing idempotency keys. */
class DatabaseIdempotencyKeysTest {
    private static final StoredResponse CREATED = new StoredResponse(201, "application/json",
            "{\"id\":7}".getBytes(StandardCharsets.UTF_8), Map.of("Location", "/rest/tickets/7", "ETag", "\"a:b\""));

    @TempDir
    Path folder;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private Database first;
    private Database second;
    private IdempotencyKeys nodeA;
    private IdempotencyKeys nodeB;

    @BeforeEach
    void open() {
        first = TestDatabases.open(folder);
        second = TestDatabases.open(folder);
        nodeA = new DatabaseIdempotencyKeys(first, clock);
        nodeB = new DatabaseIdempotencyKeys(second, clock);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void oneNodeClaimsAKeyAndTheOtherSeesItRunningThenItsResponse() {
        assertThat(nodeA.claim("alice", "k", "POST tickets 1")).isInstanceOf(Claim.Claimed.class);
        assertThat(nodeB.claim("alice", "k", "POST tickets 1")).isInstanceOf(Claim.InProgress.class);
        nodeA.record("alice", "k", CREATED);
        Claim replay = nodeB.claim("alice", "k", "POST tickets 1");
        assertThat(replay).isInstanceOfSatisfying(Claim.Remembered.class, remembered -> {
            assertThat(remembered.response().status()).isEqualTo(201);
            assertThat(remembered.response().contentType()).isEqualTo("application/json");
            assertThat(remembered.response().body()).isEqualTo(CREATED.body());
            assertThat(remembered.response().headers()).isEqualTo(CREATED.headers());
        });
    }

    @Test
    void keysBelongToOneCallerAndOneRequest() {
        nodeA.claim("alice", "k", "POST tickets 1");
        assertThat(nodeB.claim("bob", "k", "POST tickets 1")).isInstanceOf(Claim.Claimed.class);
        assertThat(nodeB.claim("alice", "k", "POST tickets 2")).isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void aReleasedClaimCanBeClaimedAgain() {
        nodeA.claim("alice", "k", "POST tickets 1");
        nodeA.release("alice", "k");
        assertThat(nodeB.claim("alice", "k", "POST tickets 1")).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void keysExpireAfterADayAndAbandonedClaimsAfterMinutes() {
        nodeA.claim("alice", "done", "POST tickets 1");
        nodeA.record("alice", "done", CREATED);
        nodeA.claim("alice", "stuck", "POST tickets 1");
        now.set(now.get().plus(DatabaseIdempotencyKeys.ABANDONED_AFTER).plusSeconds(1));
        assertThat(nodeB.claim("alice", "stuck", "POST tickets 1")).isInstanceOf(Claim.Claimed.class);
        assertThat(nodeB.claim("alice", "done", "POST tickets 1")).isInstanceOf(Claim.Remembered.class);
        now.set(now.get().plus(IdempotencyKeys.TTL).plusSeconds(60));
        assertThat(nodeB.claim("alice", "done", "POST tickets 2")).isInstanceOf(Claim.Claimed.class);
        assertThat(first.dsl().fetchCount(IDEMPOTENCY_KEYS)).as("expired rows swept").isEqualTo(1);
    }
}
