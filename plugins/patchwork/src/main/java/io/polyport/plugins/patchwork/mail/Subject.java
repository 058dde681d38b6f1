package io.polyport.plugins.patchwork.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subject line read as Patchwork's {@code clean_subject} reads it: {@code Re:}/{@code Fwd:} and bracketed
 * prefixes removed ({@code PATCH} and the project's link name dropped, the others kept in front as
 * {@code [1/3,v2]}), plus the series marker and the version the prefixes carry.
 *
 * @param name     the cleaned subject, the patch's name
 * @param prefixes the kept prefixes
 */
public record Subject(String name, List<String> prefixes) {
    private static final Pattern RE_FWD = Pattern.compile("^(re|fwd?)[:\\s]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLY = Pattern.compile("^(re)[:\\s]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFIX = Pattern.compile("^\\[([^\\]]*)\\]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern HG_SERIES = Pattern.compile("^PATCH (\\d+ of \\d+)(.*)$", Pattern.DOTALL);
    private static final Pattern SPLIT = Pattern.compile("[,\\s]+");
    private static final Pattern MARKER = Pattern.compile(".*?([0-9]+)(?:/| of )([0-9]+)$");
    private static final Pattern VERSION_PREFIX = Pattern.compile("^[vV](\\d+)$");
    private static final Pattern VERSION_IN_NAME = Pattern.compile("\\([vV](\\d+)\\)");

    /** A series position: patch {@code number} of {@code total}. */
    public record Marker(int number, int total) {
    }

    public Subject {
        prefixes = List.copyOf(prefixes);
    }

    /** Parses a decoded subject, dropping {@code PATCH} and {@code dropPrefixes} (case-insensitive). */
    public static Subject parse(String decodedSubject, List<String> dropPrefixes) {
        List<String> drop = new ArrayList<>();
        dropPrefixes.forEach(p -> drop.add(p.toLowerCase(Locale.ROOT)));
        drop.add("patch");
        String subject = HeaderText.normaliseSpace(RE_FWD.matcher(decodedSubject).replaceFirst(" "));
        List<String> prefixes = new ArrayList<>();
        Matcher match = PREFIX.matcher(subject);
        while (match.matches()) {
            for (String token : splitPrefixes(match.group(1))) {
                if (!drop.contains(token.toLowerCase(Locale.ROOT))) {
                    prefixes.add(token);
                }
            }
            subject = match.group(2);
            match = PREFIX.matcher(subject);
        }
        subject = HeaderText.normaliseSpace(subject);
        if (!prefixes.isEmpty()) {
            subject = "[" + String.join(",", prefixes) + "] " + subject;
        }
        return new Subject(subject, prefixes);
    }

    /** Whether the decoded subject marks a reply ({@code Re:}). */
    public static boolean isReply(String decodedSubject) {
        return REPLY.matcher(decodedSubject).find();
    }

    /** The {@code n/m} (or {@code n of m}) marker among the prefixes. */
    public Optional<Marker> marker() {
        for (String prefix : prefixes) {
            Matcher m = MARKER.matcher(prefix);
            if (m.matches()) {
                return Optional.of(new Marker(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        }
        return Optional.empty();
    }

    /** The version: a {@code vN} prefix, else {@code (vN)} in the name, else 1. */
    public int version() {
        for (String prefix : prefixes) {
            Matcher m = VERSION_PREFIX.matcher(prefix);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        Matcher inName = VERSION_IN_NAME.matcher(name);
        return inName.find() ? Integer.parseInt(inName.group(1)) : 1;
    }

    private static List<String> splitPrefixes(String prefix) {
        List<String> tokens = new ArrayList<>();
        Matcher hg = HG_SERIES.matcher(prefix);
        if (hg.matches()) {
            tokens.add("PATCH");
            tokens.add(hg.group(1));
            prefix = hg.group(2);
        }
        for (String token : SPLIT.split(prefix)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
