package io.polyport.server.cli;

/** Placeholder until the CLI lands. */
public final class PolyportCommand {
    private PolyportCommand() {
    }

    public static int run(String[] args) {
        return 1;
    }
}
