package io.polyport.server.permission;

import static io.polyport.core.annotation.MethodKind.ACTION;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import io.polyport.server.auth.Grant;
import java.util.List;

/**
 * The server's {@code permission.*} methods, as Trac's permission administration: {@code PERMISSION_GRANT} to
 * grant, {@code PERMISSION_REVOKE} to revoke, {@code PERMISSION_ADMIN} for both; a caller grants or revokes only
 * actions they hold themselves.
 */
@RpcService(value = "permission", resource = "permissions", doc = "Permission grants to users and groups, and "
        + "group membership.")
public interface PermissionService {
    String GRANT = "PERMISSION_GRANT";
    String REVOKE = "PERMISSION_REVOKE";

    @RpcMethod(kind = LIST, doc = "Every known permission action, by name: name, doc, implies (actions it adds), "
            + "declaredBy ('core' or the declaring plugin).")
    List<ActionInfo> listActions();

    @RpcMethod(kind = READ, permission = GRANT, doc = "What a user or group holds: its direct actions, the groups "
            + "it belongs to, and effective, the actions it holds through them (for a user, those of anonymous and "
            + "authenticated are added when it logs in).")
    SubjectGrants getGrants(@Id @Param(doc = "a user or group name") String subject);

    @RpcMethod(kind = LIST, permission = GRANT, doc = "Every stored grant, by subject then action: subject, action "
            + "(a lower-case action is a group the subject belongs to).")
    List<Grant> listAll();

    @RpcMethod(kind = ACTION, permission = GRANT, doc = "Grant an action to a user or group. The action must be "
            + "known (permission.listActions) and held by you. Granting twice is harmless.")
    void grant(@Param(doc = "a user or group name") String subject,
               @Param(doc = "an action, e.g. TICKET_VIEW") String action, Caller caller);

    @RpcMethod(kind = ACTION, permission = REVOKE, doc = "Revoke an action granted directly to a user or group; "
            + "you must hold it yourself.")
    void revoke(@Param(doc = "a user or group name") String subject,
                @Param(doc = "an action, e.g. TICKET_VIEW") String action, Caller caller);

    @RpcMethod(kind = ACTION, permission = GRANT, doc = "Make a user (or group) a member of a group, which exists "
            + "through its grants; you must hold every action the group holds.")
    void addToGroup(@Param(doc = "the new member") String user, @Param(doc = "a lower-case group name") String group,
                    Caller caller);

    @RpcMethod(kind = ACTION, permission = REVOKE, doc = "Remove a user (or group) from a group; you must hold "
            + "every action the group holds.")
    void removeFromGroup(@Param(doc = "the member") String user, @Param(doc = "the group") String group,
                         Caller caller);
}
