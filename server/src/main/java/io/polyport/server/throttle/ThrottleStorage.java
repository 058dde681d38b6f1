package io.polyport.server.throttle;

import io.polyport.server.storage.Database;
import java.time.Duration;
import java.util.Optional;
import org.jooq.SQLDialect;

/**
 * Where the server's throttles (rate limit, login throttle) keep their buckets, chosen by the database: on
 * PostgreSQL, which several nodes may share, one {@link DatabaseThrottleBuckets} for all of them; on the embedded
 * SQLite database, whose one server is the only node, a {@link LocalThrottleBuckets} for each.
 */
public final class ThrottleStorage {
    private final Optional<ThrottleBuckets> shared;

    private ThrottleStorage(Optional<ThrottleBuckets> shared) {
        this.shared = shared;
    }

    public static ThrottleStorage of(Database database) {
        return new ThrottleStorage(database.dialect() == SQLDialect.POSTGRES
                ? Optional.of(new DatabaseThrottleBuckets(database)) : Optional.empty());
    }

    /**
     * Buckets for one throttle. {@code idleAfter} is how long a local bucket may go unused before it is forgotten:
     * at least the time it takes to refill completely.
     */
    public ThrottleBuckets buckets(Duration idleAfter) {
        return shared.orElseGet(() -> new LocalThrottleBuckets(idleAfter));
    }
}
