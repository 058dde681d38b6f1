package io.polyport.server.cli;

import io.polyport.core.error.RpcException;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/** Reads a password: one line from standard input, or (a new one) typed twice at the console without echo. */
final class PasswordInput {
    private PasswordInput() {
    }

    static String read(Terminal terminal, boolean fromStdin) {
        if (fromStdin) {
            return line(terminal);
        }
        Console console = System.console();
        if (console == null) {
            throw RpcException.invalid("no terminal to ask for the password: pipe it in with --password-stdin");
        }
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Repeat password: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw RpcException.invalid("the passwords do not match");
        }
        return new String(first);
    }

    /** The next line of standard input, as a password. */
    static String line(Terminal terminal) {
        try {
            String line = terminal.in().readLine();
            if (line == null) {
                throw RpcException.invalid("no password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
        }
    }
}
