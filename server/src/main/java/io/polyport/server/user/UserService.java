package io.polyport.server.user;

import static io.polyport.core.annotation.MethodKind.ACTION;
import static io.polyport.core.annotation.MethodKind.CREATE;
import static io.polyport.core.annotation.MethodKind.DELETE;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;
import static io.polyport.core.annotation.MethodKind.UPDATE;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Permissions;
import io.polyport.server.auth.ApiToken;
import io.polyport.server.auth.User;
import java.util.List;
import java.util.Map;

/**
 * The server's {@code user.*} methods: account administration for {@code TRAC_ADMIN}, and a few methods every
 * logged-in user calls on their own account. Password hashes and token secrets are never returned.
 */
@RpcService(value = "user", doc = "User accounts: administration (TRAC_ADMIN) and each user's own profile, "
        + "password and API tokens.")
public interface UserService {
    String ADMIN = Permissions.TRAC_ADMIN;

    @RpcMethod(kind = LIST, permission = ADMIN, doc = "Every user, by name: name, fullName, email, disabled, invited "
            + "(an invitation is pending), created.")
    List<User> list();

    @RpcMethod(kind = READ, permission = ADMIN, doc = "One user: name, fullName, email, disabled, invited, created.")
    User get(@Id String name);

    @RpcMethod(kind = CREATE, permission = ADMIN, doc = "Create a user who can log in at once. 'attributes' holds "
            + "password (required), and may hold fullName and email. Returns {name}.")
    Map<String, Object> create(@Param(doc = "the login name") String name,
                               @Param(doc = "password, fullName, email") Map<String, Object> attributes);

    @RpcMethod(kind = ACTION, permission = ADMIN, doc = "Create a user without a password and return {name, "
            + "invitation, expires}: a one-time token, valid for 7 days, that the invitee passes to "
            + "user.acceptInvitation with a password of their choice. 'attributes' may hold fullName and email. "
            + "The token is shown only here; until it is redeemed the user cannot log in.")
    Map<String, Object> invite(@Param(doc = "the login name") String name,
                               @Param(doc = "fullName, email", defaultValue = "{}") Map<String, Object> attributes);

    @RpcMethod(kind = UPDATE, permission = ADMIN, doc = "Disable a user: within a second it can no longer log in, "
            + "with its password or its API tokens. Its grants and tokens are kept. You cannot disable yourself.")
    void disable(@Id String name, Caller caller);

    @RpcMethod(kind = UPDATE, permission = ADMIN, doc = "Enable a disabled user again.")
    void enable(@Id String name);

    @RpcMethod(kind = DELETE, permission = ADMIN, doc = "Delete a user with its own permission grants and API "
            + "tokens. You cannot delete yourself.")
    void delete(@Id String name, Caller caller);

    @RpcMethod(kind = UPDATE, permission = ADMIN, doc = "Set a user's fullName and/or email (the keys given; an "
            + "empty string clears one).")
    void setProfile(@Id String name, @Param(doc = "fullName, email") Map<String, Object> attributes);

    @RpcMethod(kind = ACTION, doc = "Redeem an invitation from user.invite: set the password of the invited account. "
            + "Needs no login (only the XML_RPC gate, e.g. granted to anonymous); the token works once and expires. "
            + "Returns the user name to log in with.")
    String acceptInvitation(@Param(doc = "the invitation token") String token,
                            @Param(doc = "the new password") String password);

    @RpcMethod(kind = READ, doc = "Your own account (log in first): name, fullName, email, created, and "
            + "permissions, the actions you hold.")
    Map<String, Object> getProfile(Caller caller);

    @RpcMethod(kind = ACTION, doc = "Change your own password; the old one must be given and right.")
    void changePassword(@Param(doc = "your current password") String oldPassword,
                        @Param(doc = "the new password") String newPassword, Caller caller);

    @RpcMethod(kind = LIST, doc = "Your own API tokens, oldest first: id, user, label, created (never the secret).")
    List<ApiToken> listTokens(Caller caller);

    @RpcMethod(kind = ACTION, doc = "Revoke one of your own API tokens by its id (as user.listTokens shows it).")
    void revokeToken(@Param(doc = "the token's id") String id, Caller caller);
}
