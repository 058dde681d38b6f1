package io.polyport.tracker.importer.trac;

import io.polyport.core.error.RpcException;
import io.polyport.server.auth.LegacyPasswordHashes;
import io.polyport.server.auth.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads Trac's users: the authenticated sessions with their {@code name} and {@code email} attributes
 * ({@code session}, {@code session_attribute}), joined with the lines of an Apache htpasswd file when one is
 * given. Names Polyport cannot take and password hashes in formats it cannot check are reported.
 */
final class UserReader implements TracReader<TracUser> {
    static final String KIND = "users";

    private final Map<String, TracUser> users = new TreeMap<>();

    UserReader(TracEnvironment environment, Path htpasswd, ImportReport report) {
        Map<String, String> fullNames = new TreeMap<>();
        Map<String, String> emails = new TreeMap<>();
        environment.each("SELECT sid, name, value FROM session_attribute WHERE authenticated = 1", row -> {
            Map<String, String> target = switch (row.getString("name")) {
                case "name" -> fullNames;
                case "email" -> emails;
                default -> null;
            };
            if (target != null) {
                target.put(row.getString("sid"), TracValues.text(row.getString("value")));
            }
        });
        Map<String, String> hashes = htpasswd == null ? Map.of() : readHtpasswd(htpasswd, report);
        TreeMap<String, Boolean> names = new TreeMap<>();
        environment.each("SELECT sid FROM session WHERE authenticated = 1", row -> names.put(row.getString(1), true));
        hashes.keySet().forEach(name -> names.put(name, true));
        for (String name : names.keySet()) {
            try {
                Names.requireUserName(name);
            } catch (RpcException e) {
                report.skip(KIND, name, e.getMessage());
                continue;
            }
            users.put(name, new TracUser(name, fullNames.getOrDefault(name, ""), emails.getOrDefault(name, ""),
                    hashes.getOrDefault(name, "")));
        }
    }

    private static Map<String, String> readHtpasswd(Path file, ImportReport report) {
        Map<String, String> hashes = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (colon <= 0) {
                    report.skip(KIND, "htpasswd line", "not NAME:HASH");
                    continue;
                }
                String name = line.substring(0, colon);
                String hash = line.substring(colon + 1).strip();
                if (LegacyPasswordHashes.isLegacy(hash)) {
                    hashes.put(name, hash);
                } else {
                    report.skip(KIND, name + " password", "htpasswd format not supported (use {SHA}, $apr1$,"
                            + " bcrypt, $5$ or $6$); set one with `polyport user passwd`");
                    hashes.put(name, "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return hashes;
    }

    @Override
    public long count() {
        return users.size();
    }

    @Override
    public void read(Consumer<TracUser> sink) {
        users.values().forEach(sink);
    }
}
