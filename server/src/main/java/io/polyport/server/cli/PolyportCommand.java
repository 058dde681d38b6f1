package io.polyport.server.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code polyport} command line: {@code serve}, {@code import trac}, {@code backup} and {@code restore}, the
 * {@code user}, {@code permission} and {@code token} administration commands, {@code plugin list|check} and
 * {@code db copy|verify}. The administration commands create and migrate the database when needed, so they work in
 * any order and with or without a running server. Exit codes: 0 success, 1 failure (one line on standard error), 2 usage error.
 */
@Command(name = "polyport", description = "A multi-protocol RPC gateway compatible with Trac's XmlRpcPlugin.",
        subcommands = {ServeCommand.class, UserCommand.class, PermissionCommand.class, TokenCommand.class,
            ImportCommand.class, PluginCommand.class, BackupCommand.class, RestoreCommand.class, DbCommand.class})
public final class PolyportCommand {
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help.")
    boolean help;

    /** Runs the command line {@code args} on the process's standard streams and returns the exit code. */
    public static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    /** Runs the command line {@code args} on the given streams and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Terminal terminal = new Terminal(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        CommandLine commandLine = new CommandLine(new PolyportCommand(), new TerminalFactory(terminal))
                .setOut(terminal.out())
                .setErr(terminal.err())
                .setExecutionExceptionHandler((exception, failed, parseResult) -> {
                    failed.getErr().println("polyport: " + oneLine(exception));
                    return failed.getCommandSpec().exitCodeOnExecutionException();
                });
        try {
            return commandLine.execute(args);
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }

    private static String oneLine(Exception exception) {
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            return exception.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse(message);
    }

    /** Creates the commands, passing the terminal to those whose constructor takes one. */
    private record TerminalFactory(Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<K> constructor;
            try {
                constructor = type.getDeclaredConstructor(Terminal.class);
            } catch (NoSuchMethodException noTerminal) {
                return CommandLine.defaultFactory().create(type);
            }
            return constructor.newInstance(terminal);
        }
    }
}
