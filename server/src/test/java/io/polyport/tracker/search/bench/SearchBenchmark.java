package io.polyport.tracker.search.bench;

import static io.polyport.server.db.Tables.TICKET;
import static io.polyport.server.db.Tables.TICKET_CHANGE;
import static io.polyport.server.db.Tables.WIKI;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.server.storage.Database;
import io.polyport.server.testing.TestDatabases;
import io.polyport.tracker.search.SearchConfig;
import io.polyport.tracker.search.SearchIndex;
import io.polyport.tracker.search.SearchService;
import io.polyport.tracker.search.SearchServiceImpl;
import io.polyport.tracker.wiki.TrackerUrls;
import io.polyport.tracker.wiki.WikiConfig;
import io.polyport.tracker.wiki.WikiRenderingModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.SQLDialect;

/**
 * Not a test: fills a fresh database with 100,000 tickets (every fifth with a comment) and 10,000 wiki pages of
 * Zipf-distributed words, then times {@code search.performSearch} through the real invoker for queries of
 * different selectivity and prints the median and 95th percentile of each. The database is SQLite, or with
 * {@code -Dpolyport.test.database=postgresql} one on an embedded PostgreSQL server (see {@link TestDatabases}).
 * Run: {@code java -cp <test classpath> io.polyport.tracker.search.bench.SearchBenchmark [tickets] [pages]}.
 */
public final class SearchBenchmark {
    private static final int VOCABULARY = 20_000;
    private static final int RUNS = 41;
    private static final Caller ADMIN = new Caller("admin", true, Set.of("XML_RPC", "TRAC_ADMIN"));

    private final Random random = new Random(2026);
    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];

    private SearchBenchmark() {
        double total = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = word(i);
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= total;
        }
    }

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Files.createTempDirectory("polyport-search-bench");
        try (Database database = Database.open(TestDatabases.fresh(), dir)) {
            new SearchBenchmark().run(database, tickets, pages);
        }
    }

    private void run(Database database, int tickets, int pages) {
        long start = System.nanoTime();
        fillTickets(database, tickets);
        long ticketsDone = System.nanoTime();
        fillPages(database, pages);
        if (database.dialect() == SQLDialect.POSTGRES) {
            database.dsl().execute("ANALYZE"); // as autovacuum would after a bulk load
        }
        System.out.printf("%s: filled %,d tickets in %.1f s, %,d pages in %.1f s (index kept by triggers)%n", database.dialect(), tickets,
                (ticketsDone - start) / 1e9, pages, (System.nanoTime() - ticketsDone) / 1e9);

        Gateway gateway = Gateway.of(List.of(ServiceBinding.of(SearchService.class, new SearchServiceImpl(database,
                SearchIndex.of(database), new SearchConfig(TrackerUrls.DEFAULT_BASE_URL, null),
                WikiRenderingModule.renderer(database, new WikiConfig(TrackerUrls.DEFAULT_BASE_URL, null), List.of())))),
                Limits.DEFAULT);
        CallContext context = new CallContext(ADMIN, "bench", "b1");
        String rare = words[VOCABULARY - 7];
        String[] queries = {rare, words[300], words[20] + " " + words[40], words[0], words[1] + "*",
            "\"" + words[0] + " " + words[1] + "\"", words[5] + " -" + words[6], "nosuchword"};
        for (String query : queries) {
            long[] nanos = new long[RUNS];
            int hits = 0;
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                hits = ((List<?>) gateway.invoker().invoke(context, "search.performSearch", List.of(query))).size();
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("%-28s hits %4d  median %7.2f ms  p95 %7.2f ms%n", query, hits, nanos[RUNS / 2] / 1e6,
                    nanos[(int) (RUNS * 0.95)] / 1e6);
        }
    }

    private void fillTickets(Database database, int count) {
        for (int from = 1; from <= count; from += 5_000) {
            int first = from;
            int last = Math.min(count, from + 4_999);
            database.transaction(db -> {
                BatchBindStep tickets = db.batch(db.insertInto(TICKET, TICKET.ID, TICKET.TYPE, TICKET.TIME,
                        TICKET.CHANGETIME, TICKET.COMPONENT, TICKET.SEVERITY, TICKET.PRIORITY, TICKET.OWNER,
                        TICKET.REPORTER, TICKET.CC, TICKET.VERSION, TICKET.MILESTONE, TICKET.STATUS,
                        TICKET.RESOLUTION, TICKET.SUMMARY, TICKET.DESCRIPTION, TICKET.KEYWORDS)
                        .values(0, "", 0L, 0L, "", "", "", "", "", "", "", "", "", "", "", "", ""));
                BatchBindStep comments = db.batch(db.insertInto(TICKET_CHANGE, TICKET_CHANGE.TICKET,
                        TICKET_CHANGE.TIME, TICKET_CHANGE.AUTHOR, TICKET_CHANGE.FIELD, TICKET_CHANGE.OLDVALUE,
                        TICKET_CHANGE.NEWVALUE).values(0, 0L, "", "", "", ""));
                for (int id = first; id <= last; id++) {
                    long time = 1_700_000_000_000_000L + id * 1_000_000L;
                    tickets.bind(id, "defect", time, time, "component1", "", "major", "dev" + id % 50,
                            "user" + id % 500, "", "", "milestone" + (1 + id % 4), "new", "", text(6), text(40),
                            text(2));
                    if (id % 5 == 0) {
                        comments.bind(id, time + 1, "dev", "comment", "1", text(25));
                    }
                }
                tickets.execute();
                comments.execute();
                return null;
            });
        }
    }

    private void fillPages(Database database, int count) {
        database.transaction(db -> {
            BatchBindStep pages = db.batch(db.insertInto(WIKI, WIKI.NAME, WIKI.VERSION, WIKI.TIME, WIKI.AUTHOR,
                    WIKI.TEXT, WIKI.COMMENT, WIKI.READONLY).values("", 0, 0L, "", "", "", false));
            for (int i = 0; i < count; i++) {
                pages.bind("BenchPage" + i, 1, 1_700_000_000_000_000L + i, "writer", text(200), "", false);
            }
            pages.execute();
            return null;
        });
    }

    private String text(int length) {
        List<String> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            int index = Arrays.binarySearch(cumulative, random.nextDouble());
            out.add(words[Math.min(VOCABULARY - 1, index < 0 ? -index - 1 : index)]);
        }
        return String.join(" ", out);
    }

    /** A pronounceable, unique word for each rank. */
    private static String word(int rank) {
        String consonants = "bcdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        int n = rank + 1;
        while (n > 0) {
            word.append(consonants.charAt(n % consonants.length()));
            n /= consonants.length();
            word.append(vowels.charAt(n % vowels.length()));
            n /= vowels.length();
        }
        return word.toString();
    }
}
