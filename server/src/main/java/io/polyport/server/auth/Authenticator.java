package io.polyport.server.auth;

import io.polyport.core.invoke.Caller;
import java.util.Optional;

/**
 * Turns credentials into a {@link Caller} with its effective permission grants (its own, its groups', and
 * those of the pseudo-groups {@code authenticated} and {@code anonymous}). Methods may block (password hashing,
 * database); the HTTP layer calls them on worker threads.
 */
public interface Authenticator {
    /** The caller for HTTP Basic credentials, or empty when the name or password is wrong. */
    Optional<Caller> authenticateBasic(String user, String password);

    /**
     * The caller for HTTP Basic credentials verified a moment ago (remembered, so no password is hashed), or empty
     * when they must be checked with {@link #authenticateBasic}.
     */
    Optional<Caller> rememberedBasic(String user, String password);

    /** The caller owning an API token ({@code Authorization: Bearer <token>}), or empty when unknown. */
    Optional<Caller> authenticateToken(String token);

    /** The anonymous caller with the grants of the {@code anonymous} group. */
    Caller anonymous();
}
