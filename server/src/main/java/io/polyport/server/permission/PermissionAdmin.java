package io.polyport.server.permission;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.server.auth.Grant;
import io.polyport.server.auth.Names;
import io.polyport.server.auth.PermissionCatalog;
import io.polyport.server.auth.PermissionStore;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link PermissionService} over the grant table. Running servers see a change within a second, when their
 * permission cache next reloads ({@link io.polyport.server.auth.EffectivePermissions}).
 */
public final class PermissionAdmin implements PermissionService {
    private final PermissionStore store;
    private final PermissionCatalog catalog;

    public PermissionAdmin(PermissionStore store, PermissionCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    @Override
    public List<ActionInfo> listActions() {
        return catalog.entries().stream().map(entry -> new ActionInfo(entry.action().name(), entry.action().doc(),
                List.copyOf(new TreeSet<>(entry.action().implies())), entry.owner())).toList();
    }

    @Override
    public SubjectGrants getGrants(String subject) {
        Names.requireSubject(subject);
        List<String> direct = store.list(subject).stream().map(Grant::action).toList();
        return new SubjectGrants(subject, direct.stream().filter(Names::isAction).toList(),
                direct.stream().filter(action -> !Names.isAction(action)).toList(),
                List.copyOf(new TreeSet<>(store.effectiveActions(subject, catalog))));
    }

    @Override
    public List<Grant> listAll() {
        return store.list();
    }

    @Override
    public void grant(String subject, String action, Caller caller) {
        store.grant(subject, List.of(heldAction(action, caller, "grant")));
    }

    @Override
    public void revoke(String subject, String action, Caller caller) {
        store.revoke(subject, List.of(heldAction(action, caller, "revoke")));
    }

    @Override
    public void addToGroup(String user, String group, Caller caller) {
        store.grant(user, List.of(heldGroup(group, caller, "add members to")));
    }

    @Override
    public void removeFromGroup(String user, String group, Caller caller) {
        store.revoke(user, List.of(heldGroup(group, caller, "remove members from")));
    }

    /** {@code action}, checked to be a known action that {@code caller} holds, as Trac requires. */
    private String heldAction(String action, Caller caller, String verb) {
        if (action == null || !Names.isAction(action)) {
            throw RpcException.invalidField("action", "'" + action + "' is not a permission action (upper case); "
                    + "use permission.addToGroup for groups");
        }
        if (catalog.entries().stream().noneMatch(entry -> entry.action().name().equals(action))) {
            throw RpcException.invalidField("action", "unknown permission action '" + action
                    + "'; permission.listActions lists the known ones");
        }
        if (!caller.has(action)) {
            throw new RpcException(ErrorCode.PERMISSION_DENIED, "you cannot " + verb + " " + action
                    + ": you do not hold it yourself");
        }
        return action;
    }

    /** {@code group}, checked to be a group name whose every action {@code caller} holds, as Trac requires. */
    private String heldGroup(String group, Caller caller, String verb) {
        Names.requireSubject(group);
        if (group.equals(Names.ANONYMOUS) || group.equals(Names.AUTHENTICATED)) {
            throw RpcException.invalidField("group", "'" + group + "' is a built-in group: its members are given");
        }
        Set<String> missing = new TreeSet<>(store.effectiveActions(group, catalog));
        missing.removeIf(caller::has);
        if (!missing.isEmpty()) {
            throw new RpcException(ErrorCode.PERMISSION_DENIED, "you cannot " + verb + " group '" + group
                    + "': it holds " + String.join(", ", missing) + ", which you do not hold yourself");
        }
        return group;
    }
}
