package io.polyport.server.auth;

import static io.polyport.server.db.Tables.PERMISSIONS;
import static io.polyport.server.db.Tables.USERS;

import io.polyport.core.error.RpcException;
import io.polyport.server.db.tables.records.UsersRecord;
import io.polyport.server.storage.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * User accounts: names, Argon2id password hashes, profiles, the disabled flag and invitations. Passwords are hashed
 * before any write lock is taken. A user created by invitation has an empty password hash (it cannot log in) until
 * the invitation token, of which only the SHA-256 is stored, is redeemed.
 */
@Singleton
public final class UserStore {
    private static final String INVITATION_PREFIX = "inv_";
    private static final int INVITATION_BYTES = 32;

    private final Database database;
    private final PasswordHasher hasher;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public UserStore(Database database, PasswordHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    /** Creates a user; fails when the name is invalid or taken. */
    public void add(String name, String password) {
        add(name, password, Profile.EMPTY);
    }

    /** Creates a user with a password and a profile; fails when the name is invalid or taken. */
    public void add(String name, String password, Profile profile) {
        Names.requireUserName(name);
        insert(name, hasher.hash(PasswordHasher.requireValidPassword(password)), profile, null, null);
    }

    /**
     * Creates a user without a password and returns its invitation, valid for {@code lifetime}: whoever holds the
     * token sets the password with {@link #acceptInvitation}.
     */
    public Invitation invite(String name, Profile profile, Duration lifetime) {
        Names.requireUserName(name);
        byte[] secret = new byte[INVITATION_BYTES];
        random.nextBytes(secret);
        String token = INVITATION_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long expires = EpochMicros.now() + lifetime.toNanos() / 1000;
        insert(name, "", profile, Sha256.hex(token), expires);
        return new Invitation(name, token, EpochMicros.toInstant(expires));
    }

    private void insert(String name, String hash, Profile profile, String invitationHash, Long invitationExpires) {
        int inserted = database.dsl().insertInto(USERS)
                .set(USERS.NAME, name)
                .set(USERS.PASSWORD_HASH, hash)
                .set(USERS.CREATED, EpochMicros.now())
                .set(USERS.FULL_NAME, profile.fullName())
                .set(USERS.EMAIL, profile.email())
                .set(USERS.DISABLED, false)
                .set(USERS.INVITATION_HASH, invitationHash)
                .set(USERS.INVITATION_EXPIRES, invitationExpires)
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw RpcException.conflict("user '" + name + "' already exists");
        }
    }

    /**
     * Redeems an invitation: sets the password of the invited user, unless the token is unknown, used or expired,
     * or the user is disabled. Returns the user's name.
     */
    public String acceptInvitation(String token, String password) {
        String hash = hasher.hash(PasswordHasher.requireValidPassword(password));
        String tokenHash = Sha256.hex(token == null ? "" : token);
        return database.transaction(dsl -> {
            UsersRecord user = dsl.selectFrom(USERS).where(USERS.INVITATION_HASH.eq(tokenHash),
                    USERS.INVITATION_EXPIRES.gt(EpochMicros.now()), USERS.DISABLED.isFalse()).fetchOne();
            if (user == null) {
                throw RpcException.notFound("no such invitation, or it has expired or was used");
            }
            dsl.update(USERS).set(USERS.PASSWORD_HASH, hash).setNull(USERS.INVITATION_HASH)
                    .setNull(USERS.INVITATION_EXPIRES).where(USERS.NAME.eq(user.getName())).execute();
            return user.getName();
        });
    }

    /** Replaces a user's password (and voids a pending invitation). */
    public void setPassword(String name, String password) {
        String hash = hasher.hash(PasswordHasher.requireValidPassword(password));
        int updated = database.dsl().update(USERS).set(USERS.PASSWORD_HASH, hash).setNull(USERS.INVITATION_HASH)
                .setNull(USERS.INVITATION_EXPIRES).where(USERS.NAME.eq(name)).execute();
        if (updated == 0) {
            throw noSuchUser(name);
        }
    }

    /** Whether {@code password} is the current password of {@code name}; false for unknown users. */
    public boolean checkPassword(String name, String password) {
        Optional<String> hash = database.dsl().select(USERS.PASSWORD_HASH).from(USERS).where(USERS.NAME.eq(name))
                .fetchOptional(USERS.PASSWORD_HASH).filter(stored -> !stored.isEmpty());
        if (hash.isEmpty()) {
            hasher.verifyDummy(password == null ? "" : password);
            return false;
        }
        return password != null && hasher.verify(password, hash.get());
    }

    /** Sets a user's full name and e-mail address. */
    public void setProfile(String name, Profile profile) {
        int updated = database.dsl().update(USERS).set(USERS.FULL_NAME, profile.fullName())
                .set(USERS.EMAIL, profile.email()).where(USERS.NAME.eq(name)).execute();
        if (updated == 0) {
            throw noSuchUser(name);
        }
    }

    /** Disables or enables a user: a disabled user can neither log in nor use its API tokens. */
    public void setDisabled(String name, boolean disabled) {
        int updated = database.dsl().update(USERS).set(USERS.DISABLED, disabled).where(USERS.NAME.eq(name)).execute();
        if (updated == 0) {
            throw noSuchUser(name);
        }
    }

    /**
     * Replaces {@code name}'s password hash with {@code newHash} if it is still {@code expectedHash} (a concurrent
     * change wins); returns whether it was replaced.
     */
    boolean replacePasswordHash(String name, String expectedHash, String newHash) {
        return database.dsl().update(USERS).set(USERS.PASSWORD_HASH, newHash)
                .where(USERS.NAME.eq(name), USERS.PASSWORD_HASH.eq(expectedHash)).execute() == 1;
    }

    /** Deletes a user with its own permission grants and its API tokens. */
    public void remove(String name) {
        database.transaction(dsl -> {
            if (dsl.deleteFrom(USERS).where(USERS.NAME.eq(name)).execute() == 0) {
                throw noSuchUser(name);
            }
            return dsl.deleteFrom(PERMISSIONS).where(PERMISSIONS.SUBJECT.eq(name)).execute();
        });
    }

    /** All users, by name. */
    public List<User> list() {
        return database.dsl().selectFrom(USERS).orderBy(USERS.NAME).fetch(UserStore::user);
    }

    /** The user {@code name}. */
    public User get(String name) {
        UsersRecord row = database.dsl().selectFrom(USERS).where(USERS.NAME.eq(name)).fetchOne();
        if (row == null) {
            throw noSuchUser(name);
        }
        return user(row);
    }

    public boolean exists(String name) {
        return database.dsl().fetchExists(USERS, USERS.NAME.eq(name));
    }

    /**
     * The stored password hash of {@code name}, for the authenticator: empty when there is no such user, it is
     * disabled, or it has not accepted its invitation yet.
     */
    Optional<String> passwordHash(String name) {
        return database.dsl().select(USERS.PASSWORD_HASH).from(USERS)
                .where(USERS.NAME.eq(name), USERS.DISABLED.isFalse())
                .fetchOptional(USERS.PASSWORD_HASH)
                .filter(hash -> !hash.isEmpty());
    }

    private static User user(UsersRecord row) {
        return new User(row.getName(), row.getFullName(), row.getEmail(), row.getDisabled(),
                row.getInvitationHash() != null, EpochMicros.toInstant(row.getCreated()));
    }

    static RpcException noSuchUser(String name) {
        return RpcException.notFound("no user '" + name + "'");
    }
}
