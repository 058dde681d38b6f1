package io.polyport.server.cli;

import io.polyport.server.auth.ApiToken;
import io.polyport.server.auth.TokenStore;
import io.polyport.server.storage.Database;
import java.time.temporal.ChronoUnit;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polyport token create|list|revoke}: manage API tokens for Bearer authentication. */
@Command(name = "token", description = "Manage API tokens (Authorization: Bearer <token>).")
final class TokenCommand {
    private final Terminal terminal;

    TokenCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Command(name = "create", description = "Create a token for a user and print it; it is not shown again.")
    int create(@Parameters(paramLabel = "USER") String user,
               @Option(names = "--label", paramLabel = "L", description = "What the token is for.") String label,
               @Mixin DataOptions data) {
        try (Database database = data.openDatabase()) {
            terminal.out().println(new TokenStore(database).create(user, label).token());
        }
        return 0;
    }

    @Command(name = "list", description = "Print a user's tokens as 'id created label' lines.")
    int list(@Parameters(paramLabel = "USER") String user, @Mixin DataOptions data) {
        try (Database database = data.openDatabase()) {
            for (ApiToken token : new TokenStore(database).list(user)) {
                String created = token.created().truncatedTo(ChronoUnit.SECONDS).toString();
                terminal.out().println(String.join("  ", token.id(), created, token.label()).strip());
            }
        }
        return 0;
    }

    @Command(name = "revoke", description = "Revoke tokens, each given by its id (from 'token list') or whole.")
    int revoke(@Parameters(arity = "1..*", paramLabel = "ID") List<String> ids, @Mixin DataOptions data) {
        try (Database database = data.openDatabase()) {
            TokenStore store = new TokenStore(database);
            ids.forEach(store::revoke);
        }
        return 0;
    }
}
