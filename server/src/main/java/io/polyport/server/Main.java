package io.polyport.server;

/** The command line entry point; see {@code io.polyport.server.cli}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(io.polyport.server.cli.PolyportCommand.run(args));
    }
}
