package io.polyport.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers to a real SQLite file queue in the process (never in SQLite's busy handler, never holding a connection
 * while they wait), readers do not queue, and the turn passes on however a write ends.
 */
class SqliteWriterLockTest {
    private static final Table<Record> ROWS = table("rows");
    private static final Field<Integer> N = field("n", Integer.class);
    private static final int WRITERS = 16;
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path folder;
    private Database database;
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(new DatabaseConfig(null, null, null, 4), folder);
        database.dsl().execute("create table rows (n integer primary key)");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void writersWaitingForTheirTurnHoldNoConnection() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = start(() -> database.transaction(dsl -> {
            insert(dsl, 0);
            holding.countDown();
            await(release);
            return null;
        }));
        await(holding);
        List<Thread> writers = new ArrayList<>();
        for (int i = 1; i <= WRITERS; i++) {
            int n = i;
            writers.add(start(n % 2 == 0
                    ? () -> database.transaction(dsl -> insert(dsl, n))
                    : () -> insert(database.dsl(), n)));
        }
        awaitAllParked(writers);

        assertThat(database.pool().getActiveConnections()).as("only the holder has a connection").isEqualTo(1);
        assertThat(database.pool().getThreadsAwaitingConnection()).isZero();
        release.countDown();
        join(holder);
        writers.forEach(this::join);
        assertThat(failures).isEmpty();
        assertThat(database.dsl().fetchCount(ROWS)).isEqualTo(WRITERS + 1);
    }

    @Test
    void manyConcurrentWritersAllCommitWithoutABusyError() {
        int perWriter = 25;
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int first = w * perWriter;
            writers.add(start(() -> {
                for (int n = first; n < first + perWriter; n++) {
                    int row = n;
                    if (row % 2 == 0) {
                        database.transaction(dsl -> insert(dsl, row));
                    } else {
                        insert(database.dsl(), row);
                    }
                }
            }));
        }
        writers.forEach(this::join);
        assertThat(failures).isEmpty();
        assertThat(database.dsl().fetchCount(ROWS)).isEqualTo(WRITERS * perWriter);
    }

    @Test
    void aReadOutsideATransactionDoesNotWaitForAWriter() {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = start(() -> database.transaction(dsl -> {
            insert(dsl, 1);
            holding.countDown();
            await(release);
            return null;
        }));
        await(holding);

        int seen = assertTimeoutPreemptively(Duration.ofSeconds(WAIT_SECONDS), () -> database.dsl().fetchCount(ROWS));
        assertThat(seen).as("the last committed snapshot").isZero();
        release.countDown();
        join(holder);
        assertThat(failures).isEmpty();
        assertThat(database.dsl().fetchCount(ROWS)).isEqualTo(1);
    }

    @Test
    void theTurnPassesOnWhenAWriteFails() {
        assertThatThrownBy(() -> database.transaction(dsl -> {
            insert(dsl, 1);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        insert(database.dsl(), 1);
        assertThatThrownBy(() -> insert(database.dsl(), 1)).as("a duplicate key").isInstanceOf(RuntimeException.class);

        join(start(() -> database.transaction(dsl -> insert(dsl, 2))));
        join(start(() -> insert(database.dsl(), 3)));
        assertThat(failures).isEmpty();
        assertThat(database.dsl().fetchCount(ROWS)).isEqualTo(3);
    }

    @Test
    void onPostgresqlWritersDoNotQueue() {
        SqliteWriterLock lock = new SqliteWriterLock(SQLDialect.POSTGRES);
        CountDownLatch bothInside = new CountDownLatch(2);
        CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> enter(lock, bothInside));
        assertThat(enter(lock, bothInside)).as("the other writer got in meanwhile").isTrue();
        assertThat(other.join()).isTrue();
    }

    private static boolean enter(SqliteWriterLock lock, CountDownLatch bothInside) {
        return lock.holding(() -> {
            bothInside.countDown();
            return await(bothInside);
        });
    }

    private static int insert(DSLContext dsl, int n) {
        return dsl.insertInto(ROWS).columns(N).values(n).execute();
    }

    private Thread start(Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                failures.add(e);
            }
        });
        thread.start();
        return thread;
    }

    /** Waits until every thread is parked (waiting without a time limit, as on the writer lock). */
    private static void awaitAllParked(List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!threads.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING)) {
            assertThat(System.nanoTime()).as("all writers parked in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private void join(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(thread.isAlive()).as("the writer finished").isFalse();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
