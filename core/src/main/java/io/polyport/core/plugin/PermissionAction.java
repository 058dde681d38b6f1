package io.polyport.core.plugin;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A permission action a plugin adds, as Trac's {@code IPermissionRequestor} does: administrators grant it with
 * {@code permission add}, {@code @RpcMethod(permission = ...)} requires it. Trac's rules apply to it as to the
 * built-in ones: {@code TRAC_ADMIN} implies every action, {@code X_ADMIN} every {@code X_*} action.
 *
 * @param name    upper case, e.g. {@code PATCH_VIEW}
 * @param doc     what holding it allows, for {@code permission list}
 * @param implies further actions holding this one grants, e.g. {@code PATCH_MAINTAIN} implies {@code PATCH_VIEW}
 */
public record PermissionAction(String name, String doc, Set<String> implies) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public PermissionAction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(doc, "doc");
        implies = Set.copyOf(implies);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("permission action '" + name + "' must be upper case");
        }
    }

    /** An action that implies no other. */
    public static PermissionAction of(String name, String doc) {
        return new PermissionAction(name, doc, Set.of());
    }
}
