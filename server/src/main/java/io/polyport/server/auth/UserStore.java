package io.polyport.server.auth;

import static io.polyport.server.db.Tables.PERMISSIONS;
import static io.polyport.server.db.Tables.USERS;

import io.polyport.core.error.RpcException;
import io.polyport.server.storage.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** User accounts: names and Argon2id password hashes. Passwords are hashed before any write lock is taken. */
@Singleton
public final class UserStore {
    private final Database database;
    private final PasswordHasher hasher;

    @Inject
    public UserStore(Database database, PasswordHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    /** Creates a user; fails when the name is invalid or taken. */
    public void add(String name, String password) {
        Names.requireUserName(name);
        String hash = hasher.hash(PasswordHasher.requireValidPassword(password));
        int inserted = database.dsl().insertInto(USERS)
                .set(USERS.NAME, name)
                .set(USERS.PASSWORD_HASH, hash)
                .set(USERS.CREATED, EpochMicros.now())
                .onConflictDoNothing()
                .execute();
        if (inserted == 0) {
            throw RpcException.conflict("user '" + name + "' already exists");
        }
    }

    /** Replaces a user's password. */
    public void setPassword(String name, String password) {
        String hash = hasher.hash(PasswordHasher.requireValidPassword(password));
        int updated = database.dsl().update(USERS).set(USERS.PASSWORD_HASH, hash).where(USERS.NAME.eq(name)).execute();
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
        return database.dsl().select(USERS.NAME, USERS.CREATED).from(USERS).orderBy(USERS.NAME)
                .fetch(row -> new User(row.value1(), EpochMicros.toInstant(row.value2())));
    }

    public boolean exists(String name) {
        return database.dsl().fetchExists(USERS, USERS.NAME.eq(name));
    }

    /** The stored password hash of {@code name}, for the authenticator. */
    Optional<String> passwordHash(String name) {
        return database.dsl().select(USERS.PASSWORD_HASH).from(USERS).where(USERS.NAME.eq(name))
                .fetchOptional(USERS.PASSWORD_HASH);
    }

    static RpcException noSuchUser(String name) {
        return RpcException.notFound("no user '" + name + "'");
    }
}
