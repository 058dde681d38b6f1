package io.polyport.tracker.wiki.trac.bench;

import io.polyport.core.wiki.MacroContext;
import io.polyport.core.wiki.WikiMacro;
import io.polyport.tracker.wiki.TrackerUrls;
import io.polyport.tracker.wiki.trac.RealisticPages;
import io.polyport.tracker.wiki.trac.TracRenderer;
import io.polyport.tracker.wiki.trac.TracResources;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rendering throughput of Trac WikiFormatting: a realistic page (release notes and a how-to repeated to 100 KiB,
 * headings, lists, tables, code blocks, links and macros) rendered again and again after a warm-up; prints pages
 * per second by the wall clock and per second of the thread's CPU time (the figure that survives a busy machine). The renderer alone: no database (link targets answered from memory) and no
 * sanitiser. Run: {@code java -cp <test classpath> io.polyport.tracker.wiki.trac.bench.TracRenderBench [seconds]}.
 */
public final class TracRenderBench {
    private static final int PAGE_BYTES = 100 * 1024;

    private TracRenderBench() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        String page = page();
        TracRenderer renderer = new TracRenderer(new TrackerUrls("https://tracker.example"), new Resources(),
                List.of(new Echo()), markdown -> markdown, Clock.systemUTC());
        run(renderer, page, seconds / 3);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int rendered = run(renderer, page, seconds);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("page %,d chars: %.1f pages/s (wall clock), %.1f pages/s of CPU time, %.1f MiB/s of CPU "
                + "time%n", page.length(), rendered / seconds, rendered / cpuSeconds,
                rendered * (double) page.length() / cpuSeconds / (1 << 20));
    }

    private static int run(TracRenderer renderer, String page, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int rendered = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            sink += renderer.render(page, "Deploy").html().length();
            rendered++;
        }
        if (sink == 42) {
            System.out.println();
        }
        return rendered;
    }

    /** The realistic pages repeated to 100 KiB, each copy with its own headings. */
    static String page() {
        StringBuilder out = new StringBuilder();
        for (int copy = 0; out.length() < PAGE_BYTES; copy++) {
            out.append(RealisticPages.releaseNotes().replace("PageOutline(2-3, Contents)", copy == 0
                    ? "PageOutline(2-3, Contents)" : "Echo(" + copy + ")")).append('\n');
            out.append(RealisticPages.howTo().replace("[[TOC]]", "")).append('\n');
        }
        return out.toString();
    }

    /** A trivial plugin-style macro. */
    private static final class Echo implements WikiMacro {
        @Override
        public String name() {
            return "Echo";
        }

        @Override
        public String description() {
            return "Echoes its argument.";
        }

        @Override
        public String expand(String arguments, MacroContext context) {
            return "<span class=\"echo\">" + arguments + "</span>";
        }
    }

    /** Every page and milestone exists; tickets below 1000 are open. */
    private static final class Resources implements TracResources {
        @Override
        public boolean pageExists(String name) {
            return true;
        }

        @Override
        public Optional<TicketRef> ticket(long id) {
            return id < 1000 ? Optional.of(new TicketRef(id, "new", "Ticket " + id)) : Optional.empty();
        }

        @Override
        public Optional<MilestoneRef> milestone(String name) {
            return Optional.of(new MilestoneRef(name, false));
        }

        @Override
        public List<String> pageNames() {
            return List.of("Deploy", "Deploy/Windows", "WikiStart");
        }

        @Override
        public List<PageChange> recentChanges(int limit) {
            return List.of(new PageChange("Deploy", Instant.EPOCH));
        }
    }
}
