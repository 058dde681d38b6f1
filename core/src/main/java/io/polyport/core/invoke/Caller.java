package io.polyport.core.invoke;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: a user name (or {@code "anonymous"}) and the permission actions granted to it directly or
 * through its groups. Implications between actions are applied by {@link #has(String)}.
 */
public record Caller(String name, boolean authenticated, Set<String> granted) {
    public static final String ANONYMOUS = "anonymous";

    public Caller {
        Objects.requireNonNull(name);
        granted = Set.copyOf(granted);
    }

    /** An anonymous caller holding the given actions. */
    public static Caller anonymous(Set<String> granted) {
        return new Caller(ANONYMOUS, false, granted);
    }

    /** Whether this caller may perform {@code action}. */
    public boolean has(String action) {
        return Permissions.allows(granted, action);
    }
}
