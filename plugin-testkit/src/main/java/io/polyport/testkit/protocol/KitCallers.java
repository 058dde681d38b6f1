package io.polyport.testkit.protocol;

import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Permissions;
import io.polyport.testkit.sample.SampleAccess;
import java.util.List;
import java.util.Set;

/** The callers every check runs as, built directly (no authentication involved). */
public final class KitCallers {
    /** Holds {@code TRAC_ADMIN}, which implies every action. */
    public static final Caller ADMIN = new Caller("kit-admin", true, Set.of(Permissions.TRAC_ADMIN));
    /** An authenticated user with {@code XML_RPC} and {@code KIT_VIEW} only. */
    public static final Caller USER = new Caller("kit-user", true, Set.of(Permissions.XML_RPC, SampleAccess.VIEW));
    /** Anonymous, allowed to use RPC at all ({@code XML_RPC}) and nothing else. */
    public static final Caller ANONYMOUS = Caller.anonymous(Set.of(Permissions.XML_RPC));
    /** An authenticated user without {@code XML_RPC}, so denied every method. */
    public static final Caller NO_RPC = new Caller("kit-no-rpc", true, Set.of(SampleAccess.VIEW));

    private KitCallers() {
    }

    /** Every caller, most privileged first. */
    public static List<Caller> all() {
        return List.of(ADMIN, USER, ANONYMOUS, NO_RPC);
    }
}
