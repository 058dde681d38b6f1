package io.polyport.server.cli;

import io.polyport.server.auth.PasswordHasher;
import io.polyport.server.auth.User;
import io.polyport.server.auth.UserStore;
import io.polyport.server.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polyport user add|passwd|remove|list}: manage user accounts. */
@Command(name = "user", description = "Manage user accounts.")
final class UserCommand {
    private static final String PASSWORD_STDIN = "Read the password as one line from standard input.";

    private final Terminal terminal;

    UserCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Command(name = "add", description = "Create a user (it gets the grants of 'authenticated').")
    int add(@Parameters(paramLabel = "NAME") String name,
            @Option(names = "--password-stdin", description = PASSWORD_STDIN) boolean passwordStdin,
            @Mixin DataOptions data) {
        String password = PasswordInput.read(terminal, passwordStdin);
        try (Database database = data.openDatabase()) {
            new UserStore(database, new PasswordHasher()).add(name, password);
        }
        return 0;
    }

    @Command(name = "passwd", description = "Set a user's password.")
    int passwd(@Parameters(paramLabel = "NAME") String name,
               @Option(names = "--password-stdin", description = PASSWORD_STDIN) boolean passwordStdin,
               @Mixin DataOptions data) {
        String password = PasswordInput.read(terminal, passwordStdin);
        try (Database database = data.openDatabase()) {
            new UserStore(database, new PasswordHasher()).setPassword(name, password);
        }
        return 0;
    }

    @Command(name = "remove", description = "Delete a user with its own grants and API tokens.")
    int remove(@Parameters(paramLabel = "NAME") String name, @Mixin DataOptions data) {
        try (Database database = data.openDatabase()) {
            new UserStore(database, new PasswordHasher()).remove(name);
        }
        return 0;
    }

    @Command(name = "list", description = "Print the user names, one per line.")
    int list(@Mixin DataOptions data) {
        try (Database database = data.openDatabase()) {
            for (User user : new UserStore(database, new PasswordHasher()).list()) {
                terminal.out().println(user.name());
            }
        }
        return 0;
    }
}
