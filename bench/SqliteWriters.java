import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The SQLite write path without HTTP: 16 threads each run 400 one-insert transactions (3 KB rows) through
 * {@link Database#transaction} on a fresh database in a temporary folder (deleted afterwards); prints transactions/s, p50, p99 and the
 * longest. Run with a server jar on the class path, e.g. the current one and a baseline one after another:
 * {@code java -cp server/target/polyport.jar bench/SqliteWriters.java after}.
 */
public class SqliteWriters {
    private static final int THREADS = 16;
    private static final int PER_THREAD = 400;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("polyport-writers");
        try (Database database = Database.open(new DatabaseConfig(null, null, null, null), folder)) {
            database.dsl().execute("create table bench_rows (id integer primary key, body text)");
            String body = "x".repeat(3000);
            long[][] nanos = new long[THREADS][PER_THREAD];
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long[] mine = nanos[t];
                writers.add(threads.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        long began = System.nanoTime();
                        database.transaction(dsl -> dsl.insertInto(table("bench_rows")).columns(field("body"))
                                .values(body).execute());
                        mine[i] = System.nanoTime() - began;
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            threads.shutdown();
            long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf("%-8s %6.0f transactions/s  p50 %5.1f ms  p99 %5.1f ms  max %5.1f ms%n",
                    args.length > 0 ? args[0] : "", all.length / seconds, all[all.length / 2] / 1e6,
                    all[all.length * 99 / 100] / 1e6, all[all.length - 1] / 1e6);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }
}
