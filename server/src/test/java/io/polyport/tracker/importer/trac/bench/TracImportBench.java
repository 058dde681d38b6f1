package io.polyport.tracker.importer.trac.bench;

import io.polyport.server.cli.PolyportCommand;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark, not a test: generates a synthetic Trac environment ({@link SyntheticTracEnvironment}) and times
 * {@code polyport import trac} into a fresh SQLite database, with the progress bars on standard error. Arguments:
 * tickets (default 100,000) and change rows per ticket (default 10). Run:
 * {@code java -cp <test classpath> io.polyport.tracker.importer.trac.bench.TracImportBench 100000 10}.
 */
public final class TracImportBench {
    private TracImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path folder = Files.createTempDirectory("trac-bench");
        Path environment = folder.resolve("env");
        long start = System.nanoTime();
        SyntheticTracEnvironment.write(environment, tickets, changes);
        System.out.printf("generated %,d tickets with %,d changes in %.1f s%n", tickets, (long) tickets * changes,
                (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        int exit = PolyportCommand.run(new String[] {"import", "trac", environment.toString(), "--data",
            folder.resolve("data").toString()});
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("import exit %d: %,d tickets with %,d changes in %.1f s (%,.0f change rows/s)%n", exit,
                tickets, (long) tickets * changes, seconds, tickets * changes / seconds);
        System.out.println("files left in " + folder);
    }
}
