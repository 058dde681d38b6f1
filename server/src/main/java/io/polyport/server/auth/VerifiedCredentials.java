package io.polyport.server.auth;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;

/**
 * Credentials that passed a password check in the last minute, so a keep-alive client does not pay an Argon2
 * hash per call. An entry is keyed by a SHA-256 over the user, the stored hash it was checked against and the
 * password: the plain password is never kept, and a changed or removed password no longer matches any entry.
 * Only successful checks are remembered.
 */
final class VerifiedCredentials {
    private static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final Cache<String, Boolean> verified = CacheBuilder.newBuilder()
            .expireAfterWrite(TTL)
            .maximumSize(MAX_ENTRIES)
            .build();

    boolean contains(String user, String storedHash, String password) {
        return verified.getIfPresent(key(user, storedHash, password)) != null;
    }

    void add(String user, String storedHash, String password) {
        verified.put(key(user, storedHash, password), Boolean.TRUE);
    }

    private static String key(String user, String storedHash, String password) {
        return Sha256.hex(user + '\0' + storedHash + '\0' + password);
    }
}
