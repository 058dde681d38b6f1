package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.server.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {
    @TempDir
    Path folder;
    Database database;
    UserStore users;

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        users = new UserStore(database, new PasswordHasher());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void addsListsAndStoresOnlyAHash() {
        users.add("bob", "pw-b");
        users.add("alice", "pw-a");

        assertThat(users.list()).extracting(User::name).containsExactly("alice", "bob");
        assertThat(users.list().get(0).created()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());
        assertThat(users.exists("alice")).isTrue();
        assertThat(users.exists("carol")).isFalse();
        assertThat(users.passwordHash("alice")).get().asString().startsWith("$argon2id$").doesNotContain("pw-a");
    }

    @Test
    void refusesDuplicatesAndInvalidNamesOrPasswords() {
        users.add("alice", "pw");

        assertThatThrownBy(() -> users.add("alice", "other"))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT))
                .hasMessage("user 'alice' already exists");
        assertThatThrownBy(() -> users.add("a b", "pw")).hasMessageStartingWith("invalid name 'a b'");
        assertThatThrownBy(() -> users.add("authenticated", "pw")).hasMessageContaining("reserved");
        assertThatThrownBy(() -> users.add("carol", "")).hasMessage("the password must not be empty");
        assertThat(users.list()).extracting(User::name).containsExactly("alice");
    }

    @Test
    void setsPasswordOfExistingUsersOnly() {
        users.add("alice", "old");
        String before = users.passwordHash("alice").orElseThrow();

        users.setPassword("alice", "new");

        assertThat(users.passwordHash("alice")).get().isNotEqualTo(before);
        assertThatThrownBy(() -> users.setPassword("nobody", "x"))
                .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessage("no user 'nobody'");
    }

    @Test
    void removingAUserRemovesItsGrantsAndTokensButNotItsGroupsGrants() {
        PermissionStore permissions = new PermissionStore(database);
        TokenStore tokens = new TokenStore(database);
        users.add("alice", "pw");
        users.add("bob", "pw");
        permissions.grant("alice", List.of("TICKET_ADMIN", "developers"));
        permissions.grant("developers", List.of("WIKI_ADMIN"));
        String token = tokens.create("alice", "ci").token();
        tokens.create("bob", "ci");

        users.remove("alice");

        assertThat(users.exists("alice")).isFalse();
        assertThat(permissions.list("alice")).isEmpty();
        assertThat(permissions.list("developers")).containsExactly(new Grant("developers", "WIKI_ADMIN"));
        assertThat(tokens.owner(token)).isEmpty();
        assertThat(tokens.list("bob")).hasSize(1);
        assertThatThrownBy(() -> users.remove("alice")).hasMessage("no user 'alice'");
    }
}
