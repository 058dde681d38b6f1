package io.polyport.server.auth;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A snapshot of all grants that resolves what a set of subjects may do: their own actions plus those of every
 * group they belong to, directly or through other groups. Membership cycles are harmless: each subject is
 * visited once. The implications plugins declare are added ({@link PermissionCatalog#expand}); Trac's built-in
 * ones ({@code TRAC_ADMIN} and the like) are left to {@link io.polyport.core.invoke.Permissions}.
 */
final class GrantTable {
    private final ImmutableSetMultimap<String, String> grantsBySubject;
    private final PermissionCatalog catalog;
    /** Resolved subject lists; the table is immutable, so each list is resolved once. */
    private final Map<List<String>, Set<String>> resolved = new ConcurrentHashMap<>();

    GrantTable(Collection<Grant> grants, PermissionCatalog catalog) {
        this.catalog = catalog;
        ImmutableSetMultimap.Builder<String, String> builder = ImmutableSetMultimap.builder();
        grants.forEach(grant -> builder.put(grant.subject(), grant.action()));
        grantsBySubject = builder.build();
    }

    /** The actions held by {@code subjects} and all the groups they belong to. */
    Set<String> effectiveActions(Collection<String> subjects) {
        return resolved.computeIfAbsent(List.copyOf(subjects), this::resolve);
    }

    private Set<String> resolve(List<String> subjects) {
        Set<String> actions = new TreeSet<>();
        Set<String> visited = new HashSet<>(subjects);
        Deque<String> pending = new ArrayDeque<>(subjects);
        while (!pending.isEmpty()) {
            for (String granted : grantsBySubject.get(pending.remove())) {
                if (Names.isAction(granted)) {
                    actions.add(granted);
                } else if (visited.add(granted)) {
                    pending.add(granted);
                }
            }
        }
        return catalog.expand(Set.copyOf(actions));
    }
}
