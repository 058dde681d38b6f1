package io.polyport.core.invoke;

import java.util.Map;
import java.util.Set;

/**
 * Trac's permission implications, in one place: {@code TRAC_ADMIN} implies every action, {@code X_ADMIN}
 * implies every {@code X_*} action, and {@code TICKET_MODIFY} implies {@code TICKET_APPEND} and
 * {@code TICKET_CHGPROP}.
 */
public final class Permissions {
    /** The gate every RPC call passes first. */
    public static final String XML_RPC = "XML_RPC";
    public static final String TRAC_ADMIN = "TRAC_ADMIN";

    private static final Map<String, Set<String>> IMPLIED_BY = Map.of(
            "TICKET_APPEND", Set.of("TICKET_MODIFY"),
            "TICKET_CHGPROP", Set.of("TICKET_MODIFY"));

    private Permissions() {
    }

    /** Whether holding {@code granted} allows {@code action}. */
    public static boolean allows(Set<String> granted, String action) {
        if (granted.contains(action) || granted.contains(TRAC_ADMIN)) {
            return true;
        }
        int underscore = action.indexOf('_');
        if (underscore > 0 && granted.contains(action.substring(0, underscore) + "_ADMIN")) {
            return true;
        }
        for (String implier : IMPLIED_BY.getOrDefault(action, Set.of())) {
            if (allows(granted, implier)) {
                return true;
            }
        }
        return false;
    }
}
