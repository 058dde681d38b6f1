package io.polyport.server.auth;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.polyport.core.invoke.Caller;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks Basic credentials against the stored Argon2id hashes (re-read at most once a second, successes remembered
 * for a minute; a legacy hash brought by an import is replaced with an Argon2id one at the first successful login)
 * and Bearer tokens against the stored token hashes, then resolves the caller's effective grants. An unknown user
 * costs a dummy hash, so response times do not reveal which names exist. A disabled user, or an invited one who
 * has not set a password yet, counts as unknown: within a second for passwords (the hash cache), at once for tokens.
 */
@Singleton
public final class DatabaseAuthenticator implements Authenticator {
    private final UserStore users;
    private final TokenStore tokens;
    private final EffectivePermissions permissions;
    private final PasswordHasher hasher;
    private final VerifiedCredentials verified = new VerifiedCredentials();
    /**
     * Stored hashes, re-read at most once a second per user: a busy keep-alive client costs no database round
     * trip per call, and a password changed or a user removed by the CLI takes effect within a second, as grants do.
     */
    private final LoadingCache<String, Optional<String>> storedHashes;

    @Inject
    public DatabaseAuthenticator(UserStore users, TokenStore tokens, EffectivePermissions permissions,
                                 PasswordHasher hasher) {
        this.users = users;
        this.tokens = tokens;
        this.permissions = permissions;
        this.hasher = hasher;
        this.storedHashes = CacheBuilder.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(1))
                .maximumSize(10_000)
                .build(CacheLoader.from(users::passwordHash));
    }

    @Override
    public Optional<Caller> rememberedBasic(String user, String password) {
        if (user == null || password == null) {
            return Optional.empty();
        }
        Optional<String> storedHash = storedHashes.getUnchecked(user);
        return storedHash.isPresent() && verified.contains(user, storedHash.get(), password)
                ? Optional.of(callerFor(user)) : Optional.empty();
    }

    @Override
    public Optional<Caller> authenticateBasic(String user, String password) {
        if (user == null || password == null) {
            return Optional.empty();
        }
        Optional<String> storedHash = storedHashes.getUnchecked(user);
        if (storedHash.isEmpty()) {
            hasher.verifyDummy(password);
            return Optional.empty();
        }
        String hash = storedHash.get();
        if (!verified.contains(user, hash, password)) {
            if (!hasher.verify(password, hash)) {
                return Optional.empty();
            }
            if (hasher.needsRehash(hash)) {
                String rehashed = hasher.hash(password);
                if (users.replacePasswordHash(user, hash, rehashed)) {
                    storedHashes.invalidate(user);
                    hash = rehashed;
                }
            }
            verified.add(user, hash, password);
        }
        return Optional.of(callerFor(user));
    }

    @Override
    public Optional<Caller> authenticateToken(String token) {
        return token == null ? Optional.empty() : tokens.owner(token).map(this::callerFor);
    }

    @Override
    public Caller anonymous() {
        return Caller.anonymous(permissions.ofAnonymous());
    }

    private Caller callerFor(String user) {
        return new Caller(user, true, permissions.ofUser(user));
    }
}
