package io.polyport.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.auth.DatabaseAuthenticator;
import io.polyport.server.auth.EffectivePermissions;
import io.polyport.server.auth.PasswordHasher;
import io.polyport.server.auth.PermissionCatalog;
import io.polyport.server.auth.PermissionStore;
import io.polyport.server.auth.TokenStore;
import io.polyport.server.auth.UserStore;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolyportCommandTest {
    @TempDir
    Path data;

    /** One in-process run of the command line. */
    record Run(int exitCode, String out, String err) {
    }

    Run runWithStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = PolyportCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Run run(String... args) {
        return runWithStdin("", args);
    }

    /** {@code args} followed by {@code --data <temp folder>}. */
    String[] withData(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(data.toString());
        return all.toArray(String[]::new);
    }

    @Test
    void addedUserCanLogInWithThePasswordFromStdin() {
        Run added = runWithStdin("s3cret pass\n", withData("user", "add", "alice", "--password-stdin"));
        assertThat(added).isEqualTo(new Run(0, "", ""));

        assertThat(run(withData("user", "list"))).isEqualTo(new Run(0, "alice\n", ""));
        try (Database database = Database.open(DatabaseConfig.defaults(), data)) {
            PasswordHasher hasher = new PasswordHasher();
            PermissionStore permissions = new PermissionStore(database);
            DatabaseAuthenticator authenticator = new DatabaseAuthenticator(new UserStore(database, hasher),
                    new TokenStore(database), new EffectivePermissions(permissions, new PermissionCatalog()), hasher);
            assertThat(authenticator.authenticateBasic("alice", "s3cret pass")).isPresent();
            assertThat(authenticator.authenticateBasic("alice", "s3cret")).isEmpty();
        }
    }

    @Test
    void userCommandsFailWithOneLineMessages() {
        runWithStdin("pw\n", withData("user", "add", "alice", "--password-stdin"));

        assertThat(runWithStdin("pw\n", withData("user", "add", "alice", "--password-stdin")))
                .isEqualTo(new Run(1, "", "polyport: user 'alice' already exists\n"));
        assertThat(runWithStdin("", withData("user", "add", "bob", "--password-stdin")))
                .isEqualTo(new Run(1, "", "polyport: no password on standard input\n"));
        assertThat(runWithStdin("\n", withData("user", "add", "bob", "--password-stdin")))
                .isEqualTo(new Run(1, "", "polyport: the password must not be empty\n"));
        assertThat(runWithStdin("pw\n", withData("user", "add", "TRAC_ADMIN", "--password-stdin")))
                .isEqualTo(new Run(1, "", "polyport: invalid name 'TRAC_ADMIN': upper-case names are permission actions\n"));
        assertThat(runWithStdin("pw\n", withData("user", "passwd", "bob", "--password-stdin")))
                .isEqualTo(new Run(1, "", "polyport: no user 'bob'\n"));
        assertThat(run(withData("user", "remove", "bob"))).isEqualTo(new Run(1, "", "polyport: no user 'bob'\n"));
        assertThat(run(withData("user", "list"))).isEqualTo(new Run(0, "alice\n", ""));
    }

    @Test
    void passwdAndRemoveChangeTheStoredUsers() {
        runWithStdin("old\n", withData("user", "add", "alice", "--password-stdin"));
        runWithStdin("pw\n", withData("user", "add", "bob", "--password-stdin"));

        assertThat(runWithStdin("new\n", withData("user", "passwd", "alice", "--password-stdin")).exitCode()).isZero();
        assertThat(run(withData("user", "remove", "bob")).exitCode()).isZero();

        assertThat(run(withData("user", "list")).out()).isEqualTo("alice\n");
    }

    @Test
    void permissionAddListAndRemove() {
        assertThat(run(withData("permission", "add", "alice", "XML_RPC", "developers"))).isEqualTo(new Run(0, "", ""));
        assertThat(run(withData("permission", "add", "developers", "TICKET_ADMIN")).exitCode()).isZero();

        assertThat(run(withData("permission", "list", "alice")))
                .isEqualTo(new Run(0, "alice  XML_RPC\nalice  developers\n", ""));
        assertThat(run(withData("permission", "list")).out())
                .contains("anonymous      TICKET_VIEW\n", "authenticated  WIKI_MODIFY\n", "developers     TICKET_ADMIN\n");

        assertThat(run(withData("permission", "remove", "alice", "developers", "WIKI_ADMIN")))
                .isEqualTo(new Run(1, "", "polyport: 'alice' does not have 'WIKI_ADMIN'\n"));
        assertThat(run(withData("permission", "remove", "alice", "developers")).exitCode()).isZero();
        assertThat(run(withData("permission", "list", "alice")).out()).isEqualTo("alice  XML_RPC\n");
        assertThat(run(withData("permission", "list", "nobody"))).isEqualTo(new Run(0, "", ""));
    }

    @Test
    void permissionRefusesInvalidSubjectsAndActions() {
        assertThat(run(withData("permission", "add", "alice", "bad group")))
                .extracting(Run::exitCode, Run::out).containsExactly(1, "");
        assertThat(run(withData("permission", "add", "XML_RPC", "alice")))
                .isEqualTo(new Run(1, "", "polyport: invalid name 'XML_RPC': upper-case names are permission actions\n"));
        assertThat(run(withData("permission", "list", "alice")).out()).isEmpty();
    }

    @Test
    void tokenCreateListRevoke() {
        runWithStdin("pw\n", withData("user", "add", "alice", "--password-stdin"));

        Run created = run(withData("token", "create", "alice", "--label", "nightly build"));
        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).matches("pp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}\n");
        String id = created.out().substring(3, 15);

        Run listed = run(withData("token", "list", "alice"));
        assertThat(listed.out()).matches(id + "  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  nightly build\n");

        assertThat(run(withData("token", "revoke", id))).isEqualTo(new Run(0, "", ""));
        assertThat(run(withData("token", "list", "alice"))).isEqualTo(new Run(0, "", ""));
        assertThat(run(withData("token", "revoke", id))).isEqualTo(new Run(1, "", "polyport: no token with id '" + id + "'\n"));
        assertThat(run(withData("token", "create", "bob"))).isEqualTo(new Run(1, "", "polyport: no user 'bob'\n"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run nothing = run();
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("Missing required subcommand").contains("Usage: polyport");

        assertThat(run("user").exitCode()).isEqualTo(2);
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(run(withData("permission", "add", "alice")).err()).startsWith("Missing required parameter: 'ACTION'");
        assertThat(run(withData("user", "add", "alice", "--password-file", "x")).exitCode()).isEqualTo(2);
        assertThat(run("serve", "--port", "eighty").exitCode()).isEqualTo(2);
    }

    @Test
    void helpGoesToStdoutWithExitZero() {
        Run help = run("permission", "add", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: polyport permission add", "SUBJECT", "ACTION", "--data=DIR");
    }

    @Test
    void unusableDataFolderIsAOneLineError() throws IOException {
        Path file = Files.writeString(data.resolve("not-a-folder"), "x");

        Run run = run("user", "list", "--data", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("polyport: ").endsWith("\n").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void theDatabaseFollowsTheConfigurationFile() throws IOException {
        Path elsewhere = data.resolve("elsewhere");
        Path config = Files.writeString(data.resolve("polyport.yaml"), "server:\n  data: " + elsewhere + "\n");

        runWithStdin("pw\n", "user", "add", "alice", "--password-stdin", "--config", config.toString());

        assertThat(elsewhere.resolve("polyport.db")).exists();
        assertThat(run("user", "list", "--config", config.toString()).out()).isEqualTo("alice\n");
    }
}
