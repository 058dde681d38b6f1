package io.polyport.server.storage;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Update;

/**
 * Lets one writer at a time into an embedded SQLite database, in arrival order, inside the process.
 *
 * <p>SQLite allows one writer per database file. Without this lock concurrent writers each take a pooled
 * connection and wait for SQLite's write lock in its busy handler, which sleeps and retries with growing pauses:
 * under load most of a write's latency is that sleeping, and the order in which writers win is arbitrary. With it
 * writers queue on a fair {@link ReentrantLock} before they take a connection, so a writer never holds a
 * connection while it waits, the busy handler is not reached, and the next writer starts the moment the previous
 * one commits. Readers never take the lock: in WAL mode they read the last committed snapshot while a write is
 * under way.
 *
 * <p>On PostgreSQL (several nodes write concurrently there, and the database handles it) the lock is never
 * taken.
 */
final class SqliteWriterLock {
    private static final String HELD = SqliteWriterLock.class.getName();

    private final ReentrantLock lock = new ReentrantLock(true);
    private final boolean enabled;

    SqliteWriterLock(SQLDialect dialect) {
        this.enabled = dialect == SQLDialect.SQLITE;
    }

    /** Runs {@code write} holding the lock (waiting for it first), releasing it however {@code write} ends. */
    <T> T holding(Supplier<T> write) {
        if (!enabled) {
            return write.get();
        }
        lock.lock();
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A jOOQ listener that takes the lock around each writing statement run outside a transaction (auto-commit),
     * from before its connection is taken until the statement ends, failed or not. Statements of a thread that
     * already holds the lock (its transaction's) run as they are.
     */
    ExecuteListener autoCommitWrites() {
        return new ExecuteListener() {
            @Override
            public void start(ExecuteContext ctx) {
                if (enabled && writes(ctx) && !lock.isHeldByCurrentThread()) {
                    lock.lock();
                    ctx.data(HELD, Boolean.TRUE);
                }
            }

            @Override
            public void end(ExecuteContext ctx) {
                if (ctx.data(HELD) != null) {
                    ctx.data().remove(HELD);
                    lock.unlock();
                }
            }
        };
    }

    private static boolean writes(ExecuteContext ctx) {
        Query query = ctx.query();
        return ctx.type() != ExecuteType.READ
                || query instanceof Insert || query instanceof Update || query instanceof Delete
                || query instanceof Merge;
    }
}
