package io.polyport.server.cli;

import io.polyport.server.ServerParts;
import io.polyport.server.plugin.PluginCheck;
import io.polyport.server.plugin.PluginInfo;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code polyport plugin list|check}: what is installed, and whether a jar is a valid plugin. */
@Command(name = "plugin", description = "Inspect installed plugins (DIR/plugins/*.jar) or check a plugin jar.")
final class PluginCommand {
    private final Terminal terminal;

    PluginCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Command(name = "list", description = {"Print every installed plugin: id, version, state, source, and what it"
            + " contributes (services, protocols, permissions, applied migrations).",
            "Starts the enabled plugins as 'serve' does (applying their migrations), then stops them."})
    int list(@Mixin DataOptions data) {
        try (ServerParts parts = ServerParts.assemble(data.config())) {
            for (PluginInfo plugin : parts.plugins().infos()) {
                terminal.out().println(plugin.id() + " " + plugin.version() + " " + plugin.state() + " ("
                        + plugin.source() + ")");
                line("services", plugin.services().stream().map(name -> name.isEmpty() ? "(no namespace)" : name)
                        .toList());
                line("protocols", plugin.protocols());
                line("permissions", plugin.permissions());
                line("migrations", plugin.migrations());
            }
        }
        return 0;
    }

    @Command(name = "check", description = {"Check a plugin jar without starting it or the server: descriptor, API"
            + " version, entry point, protocols, migration location, and that every RPC method has documentation"
            + " and a permission.", "Exit code 1 when it has problems, printed on standard error."})
    int check(@Parameters(paramLabel = "JAR") Path jar) {
        PluginCheck.Result result = PluginCheck.check(jar);
        result.summary().forEach(terminal.out()::println);
        result.problems().forEach(problem -> terminal.err().println("problem: " + problem));
        if (result.problems().isEmpty()) {
            terminal.out().println("OK");
            return 0;
        }
        return 1;
    }

    private void line(String label, List<String> items) {
        terminal.out().println("  " + label + ": " + (items.isEmpty() ? "-" : String.join(", ", items)));
    }
}
