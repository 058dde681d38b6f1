package io.polyport.server.cli;

import io.polyport.server.storage.DatabaseConfig;
import picocli.CommandLine.Option;

/**
 * The two databases of {@code db copy} and {@code db verify}. Passwords never go on the command line (where other
 * users of the machine can read them): each is one line of standard input (the source's first), else the
 * environment's {@code POLYPORT_DATABASE_PASSWORD}, as users default to {@code POLYPORT_DATABASE_USER}.
 */
final class DatabasePair {
    /** Each side is read or written through one connection at a time. */
    private static final int POOL_SIZE = 2;

    @Option(names = "--from", required = true, paramLabel = "URL",
            description = "The source database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "The target database: jdbc:postgresql://HOST/DB or jdbc:sqlite:FILE.")
    String to;

    @Option(names = "--from-user", paramLabel = "USER",
            description = "The source's user. Default: POLYPORT_DATABASE_USER.")
    String fromUser;

    @Option(names = "--to-user", paramLabel = "USER",
            description = "The target's user. Default: POLYPORT_DATABASE_USER.")
    String toUser;

    @Option(names = "--from-password-stdin",
            description = "Read the source's password as a line of standard input (the first line).")
    boolean fromPasswordStdin;

    @Option(names = "--to-password-stdin", description = "Read the target's password as a line of standard input"
            + " (after the source's). Default: POLYPORT_DATABASE_PASSWORD.")
    boolean toPasswordStdin;

    /** The source's and the target's configurations. */
    record Configs(DatabaseConfig source, DatabaseConfig target) {
    }

    /** The configurations of the source and the target, reading passwords from {@code terminal} when asked to. */
    Configs configs(Terminal terminal) {
        String fromPassword = fromPasswordStdin ? PasswordInput.line(terminal) : null;
        String toPassword = toPasswordStdin ? PasswordInput.line(terminal) : null;
        return new Configs(new DatabaseConfig(from, fromUser, fromPassword, POOL_SIZE),
                new DatabaseConfig(to, toUser, toPassword, POOL_SIZE));
    }
}
