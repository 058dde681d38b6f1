package io.polyport.server.auth;

import io.polyport.core.invoke.Permissions;
import io.polyport.core.plugin.PermissionAction;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The permission actions the server knows: the gateway's own ({@code XML_RPC}, {@code TRAC_ADMIN},
 * {@code TIMELINE_VIEW}, {@code PERMISSION_GRANT}/{@code _REVOKE}/{@code _ADMIN}) and those each plugin declares,
 * as Trac's {@code IPermissionRequestor}s do. It applies the declared implications to a caller's grants when the
 * caller is resolved, so the invoker's check ({@link Permissions#allows}) needs no plugin rules.
 */
public final class PermissionCatalog {
    /** The owner shown for the gateway's own actions. */
    public static final String CORE = "core";

    /**
     * One known action and who declared it.
     *
     * @param action the action, its documentation and implications
     * @param owner  {@value #CORE} or the declaring plugin's id
     */
    public record Entry(PermissionAction action, String owner) {
    }

    private final Map<String, Entry> byName = new TreeMap<>();
    private boolean implications;

    /** A catalog holding the gateway's own actions. */
    public PermissionCatalog() {
        declare(CORE, PermissionAction.of(Permissions.XML_RPC, "Call RPC methods at all (the gate of every call)."));
        declare(CORE, PermissionAction.of(Permissions.TRAC_ADMIN, "Everything: implies every other action."));
        declare(CORE, PermissionAction.of("TIMELINE_VIEW", "See the timeline (each event also needs the view "
                + "permission of what it is about)."));
        declare(CORE, PermissionAction.of("PERMISSION_GRANT", "Grant permission actions (only those one holds) and "
                + "add members to groups; see the grants."));
        declare(CORE, PermissionAction.of("PERMISSION_REVOKE", "Revoke permission actions (only those one holds) "
                + "and remove members from groups."));
        declare(CORE, PermissionAction.of("PERMISSION_ADMIN", "Administer permissions; implies PERMISSION_*."));
    }

    /**
     * Adds {@code action} for {@code owner}.
     *
     * @throws IllegalArgumentException when the action is already declared
     */
    public synchronized void declare(String owner, PermissionAction action) {
        Entry previous = byName.get(action.name());
        if (previous != null) {
            throw new IllegalArgumentException("permission " + action.name() + " is already declared by "
                    + previous.owner());
        }
        byName.put(action.name(), new Entry(action, owner));
        implications |= !action.implies().isEmpty();
    }

    /** Every known action, by name. */
    public synchronized List<Entry> entries() {
        return List.copyOf(byName.values());
    }

    /**
     * {@code granted} plus every action the declared implications add, transitively; an action counts as held
     * when {@link Permissions#allows} says so (so {@code TRAC_ADMIN} and {@code X_ADMIN} imply too).
     */
    public synchronized Set<String> expand(Set<String> granted) {
        if (!implications) {
            return granted;
        }
        Set<String> held = new HashSet<>(granted);
        Collection<Entry> entries = byName.values();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Entry entry : entries) {
                PermissionAction action = entry.action();
                if (!action.implies().isEmpty() && !held.containsAll(action.implies())
                        && Permissions.allows(held, action.name())) {
                    held.addAll(action.implies());
                    grew = true;
                }
            }
        }
        return Set.copyOf(held);
    }
}
