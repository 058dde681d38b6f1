package io.polyport.server.auth;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Permissions;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Makes sure a fresh installation can be administered: creates the user {@code admin} with TRAC_ADMIN. */
public final class AdminBootstrap {
    /** The administrator's user name. */
    public static final String ADMIN = "admin";

    private final UserStore users;
    private final PermissionStore permissions;

    @Inject
    public AdminBootstrap(UserStore users, PermissionStore permissions) {
        this.users = users;
        this.permissions = permissions;
    }

    /** What {@link #ensureAdmin} did. */
    public enum Outcome {
        /** A user {@code admin} existed already and was left as it is. */
        EXISTED,
        /** {@code admin} was created with the given password. */
        CREATED,
        /** {@code admin} was created with a generated password, returned once in {@link Result#password}. */
        CREATED_WITH_GENERATED_PASSWORD
    }

    /** The outcome, and the generated password when one was made. */
    public record Result(Outcome outcome, Optional<String> password) {
    }

    /**
     * Creates {@code admin} with TRAC_ADMIN unless a user of that name exists. The password is
     * {@code presetPassword} when given (not null or blank), otherwise a random one.
     */
    public Result ensureAdmin(String presetPassword) {
        if (users.exists(ADMIN)) {
            return new Result(Outcome.EXISTED, Optional.empty());
        }
        boolean generate = presetPassword == null || presetPassword.isBlank();
        String password = generate ? randomPassword() : presetPassword;
        try {
            users.add(ADMIN, password);
        } catch (RpcException e) {
            if (e.code() != ErrorCode.CONFLICT) {
                throw e;
            }
            // another node starting at the same moment created it
            return new Result(Outcome.EXISTED, Optional.empty());
        }
        permissions.grant(ADMIN, List.of(Permissions.TRAC_ADMIN));
        return generate
                ? new Result(Outcome.CREATED_WITH_GENERATED_PASSWORD, Optional.of(password))
                : new Result(Outcome.CREATED, Optional.empty());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
