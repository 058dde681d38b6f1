package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.invoke.Caller;
import io.polyport.server.storage.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseAuthenticatorTest {
    @TempDir
    Path folder;
    Database database;
    UserStore users;
    PermissionStore permissions;
    TokenStore tokens;
    PasswordHasher hasher;
    DatabaseAuthenticator authenticator;

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        hasher = new PasswordHasher();
        users = new UserStore(database, hasher);
        permissions = new PermissionStore(database);
        tokens = new TokenStore(database);
        authenticator = new DatabaseAuthenticator(users, tokens, new EffectivePermissions(permissions, new PermissionCatalog()), hasher);
        users.add("alice", "s3cret");
        permissions.grant("alice", List.of("XML_RPC", "developers"));
        permissions.grant("developers", List.of("TICKET_ADMIN"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void rightPasswordGivesTheCallerWithItsEffectiveGrants() {
        Caller alice = authenticator.authenticateBasic("alice", "s3cret").orElseThrow();

        assertThat(alice.name()).isEqualTo("alice");
        assertThat(alice.authenticated()).isTrue();
        assertThat(alice.granted()).contains("XML_RPC", "TICKET_ADMIN", "TICKET_CREATE", "WIKI_VIEW");
        assertThat(alice.has("TICKET_CHGPROP")).isTrue();
        assertThat(alice.has("WIKI_DELETE")).isFalse();
    }

    @Test
    void wrongPasswordUnknownUserAndMissingValuesFail() {
        assertThat(authenticator.authenticateBasic("alice", "S3cret")).isEmpty();
        assertThat(authenticator.authenticateBasic("alice", "")).isEmpty();
        assertThat(authenticator.authenticateBasic("bob", "s3cret")).isEmpty();
        assertThat(authenticator.authenticateBasic(null, "s3cret")).isEmpty();
        assertThat(authenticator.authenticateBasic("alice", null)).isEmpty();
    }

    @Test
    void unknownUsersCostAHashLikeWrongPasswords() {
        long wrongPassword = medianNanos(() -> authenticator.authenticateBasic("alice", "wrong"));
        long unknownUser = medianNanos(() -> authenticator.authenticateBasic("nobody", "wrong"));

        assertThat(unknownUser).isGreaterThan(wrongPassword / 3);
    }

    @Test
    void verifiedCredentialsAreCachedSoRepeatedCallsSkipTheHash() {
        long oneHash = medianNanos(() -> hasher.verify("s3cret", users.passwordHash("alice").orElseThrow()));
        authenticator.authenticateBasic("alice", "s3cret").orElseThrow();

        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            assertThat(authenticator.authenticateBasic("alice", "s3cret")).isPresent();
        }
        long thousandCalls = System.nanoTime() - start;

        assertThat(thousandCalls).isLessThan(1000 * oneHash / 20);
    }

    @Test
    void failuresAreNotCachedAndAChangedPasswordVoidsTheCacheWithinASecond() throws InterruptedException {
        assertThat(authenticator.authenticateBasic("alice", "guess")).isEmpty();
        assertThat(authenticator.authenticateBasic("alice", "guess")).isEmpty();
        assertThat(authenticator.authenticateBasic("alice", "s3cret")).isPresent();

        users.setPassword("alice", "n3w");
        Thread.sleep(1_100); // stored hashes are re-read at most once a second

        assertThat(authenticator.authenticateBasic("alice", "s3cret")).isEmpty();
        assertThat(authenticator.authenticateBasic("alice", "n3w")).isPresent();
        users.remove("alice");
        Thread.sleep(1_100);
        assertThat(authenticator.authenticateBasic("alice", "n3w")).isEmpty();
    }

    @Test
    void tokensAuthenticateTheirOwnerUntilRevoked() {
        IssuedToken issued = tokens.create("alice", "ci");

        Caller alice = authenticator.authenticateToken(issued.token()).orElseThrow();
        assertThat(alice.name()).isEqualTo("alice");
        assertThat(alice.authenticated()).isTrue();
        assertThat(alice.granted()).contains("XML_RPC", "TICKET_ADMIN");

        tokens.revoke(issued.info().id());
        assertThat(authenticator.authenticateToken(issued.token())).isEmpty();
        assertThat(authenticator.authenticateToken("pp_000000000000_nope")).isEmpty();
        assertThat(authenticator.authenticateToken(null)).isEmpty();
    }

    @Test
    void anonymousHasTheAnonymousGrantsOnly() {
        Caller anonymous = authenticator.anonymous();

        assertThat(anonymous.name()).isEqualTo("anonymous");
        assertThat(anonymous.authenticated()).isFalse();
        assertThat(anonymous.granted()).containsExactlyInAnyOrder("TICKET_VIEW", "WIKI_VIEW", "SEARCH_VIEW", "MILESTONE_VIEW",
                "TIMELINE_VIEW", "ROADMAP_VIEW");
        assertThat(anonymous.has("XML_RPC")).isFalse();
    }

    private static long medianNanos(Supplier<?> work) {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }
}
