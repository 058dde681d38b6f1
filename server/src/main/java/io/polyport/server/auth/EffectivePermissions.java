package io.polyport.server.auth;

import com.google.common.base.Suppliers;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The actions a caller holds: its own grants, its groups' (transitively), {@code authenticated}'s when logged
 * in, and {@code anonymous}'s always, plus what the plugins' declared implications add ({@link PermissionCatalog}). The whole grant table is read at most once per second and resolved in
 * memory, so a change made by another process (the CLI on the same database) applies within a second while a
 * busy server reads the table once a second rather than once per call.
 */
@Singleton
public final class EffectivePermissions {
    private static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final Supplier<GrantTable> grants;

    @Inject
    public EffectivePermissions(PermissionStore store, PermissionCatalog catalog) {
        this.grants = Suppliers.memoizeWithExpiration(() -> new GrantTable(store.list(), catalog), MAX_AGE);
    }

    /** The actions of the logged-in user {@code name}. */
    public Set<String> ofUser(String name) {
        return grants.get().effectiveActions(List.of(name, Names.AUTHENTICATED, Names.ANONYMOUS));
    }

    /** The actions of an anonymous caller. */
    public Set<String> ofAnonymous() {
        return grants.get().effectiveActions(List.of(Names.ANONYMOUS));
    }
}
