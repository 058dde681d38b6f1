package io.polyport.tracker.importer.trac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code trac.ini} as Python's {@code ConfigParser} reads it: {@code [section]} headers, {@code key = value}
 * (or {@code key: value}) lines, indented continuation lines, {@code #} and {@code ;} comment lines. Keys keep
 * their order; Trac lower-cases option names, so keys are lower-cased too.
 */
final class IniFile {
    private final Map<String, Map<String, String>> sections;

    private IniFile(Map<String, Map<String, String>> sections) {
        this.sections = sections;
    }

    static IniFile read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static IniFile parse(List<String> lines) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> section = null;
        String lastKey = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (Character.isWhitespace(raw.charAt(0)) && section != null && lastKey != null) {
                section.merge(lastKey, line, (old, more) -> old + "\n" + more);
            } else if (line.startsWith("[") && line.endsWith("]")) {
                section = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(),
                        name -> new LinkedHashMap<>());
                lastKey = null;
            } else if (section != null) {
                int separator = separator(line);
                lastKey = (separator < 0 ? line : line.substring(0, separator)).strip().toLowerCase(Locale.ROOT);
                section.put(lastKey, separator < 0 ? "" : line.substring(separator + 1).strip());
            }
        }
        return new IniFile(sections);
    }

    private static int separator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    /** The keys and values of {@code name} in file order; empty when the section is absent. */
    Map<String, String> section(String name) {
        return sections.getOrDefault(name, Map.of());
    }

    /** The value of {@code key} in {@code section}, or {@code fallback}. */
    String get(String section, String key, String fallback) {
        return section(section).getOrDefault(key, fallback);
    }
}
