package io.polyport.tracker.importer.trac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import moved (objects per kind) and every item it left out, with the reason. */
public final class ImportReport {
    /** One item not imported. */
    public record Skipped(String kind, String item, String reason) {
        @Override
        public String toString() {
            return kind + "\t" + item + "\t" + reason;
        }
    }

    private final Map<String, String> moved = new LinkedHashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> ticketNumbers = new ArrayList<>();

    synchronized void skip(String kind, String item, String reason) {
        skipped.add(new Skipped(kind, item, reason));
    }

    synchronized void moved(String kind, String what) {
        moved.put(kind, what);
    }

    synchronized void renumbered(int oldNumber, int newNumber) {
        ticketNumbers.add("#" + oldNumber + " -> #" + newNumber);
    }

    /** Per kind, what was imported (or, for a kind a previous run finished, that it was). */
    public synchronized Map<String, String> moved() {
        return Map.copyOf(moved);
    }

    public synchronized List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    /** The new numbers of the tickets a {@code --merge} import renumbered, as {@code #old -> #new}. */
    public synchronized List<String> ticketNumbers() {
        return List.copyOf(ticketNumbers);
    }

    /** The summary printed at the end: objects per kind, then how many items were skipped. */
    public synchronized List<String> summary() {
        List<String> lines = new ArrayList<>();
        moved.forEach((kind, what) -> lines.add(String.format("%-12s %s", kind, what)));
        Map<String, Integer> skippedPerKind = new LinkedHashMap<>();
        skipped.forEach(item -> skippedPerKind.merge(item.kind(), 1, Integer::sum));
        skippedPerKind.forEach((kind, count) -> lines.add(String.format("skipped      %d %s", count, kind)));
        return lines;
    }

    /** Writes the tab-separated list of skipped items (kind, item, reason) and the ticket renumbering. */
    public synchronized void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("# kind\titem\treason");
        skipped.forEach(item -> lines.add(item.toString()));
        ticketNumbers.forEach(line -> lines.add("renumbered\t" + line));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + file + ": " + e.getMessage(), e);
        }
    }
}
