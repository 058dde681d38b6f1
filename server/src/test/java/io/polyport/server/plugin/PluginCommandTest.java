package io.polyport.server.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.cli.PolyportCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plugin list}, {@code plugin check} and {@code permission list --actions} on real plugin jars. */
class PluginCommandTest {
    @TempDir
    Path work;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PolyportCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path notesJar(Path target) {
        return new PluginJarBuilder(work.resolve("build-notes")).folder("notes").build(target);
    }

    @Test
    void listShowsEveryPluginWithItsStateAndContributions() throws Exception {
        Path data = work.resolve("data");
        notesJar(data.resolve("plugins/notes.jar"));
        new TinyPlugin().install(work, data);
        Files.writeString(data.resolve("polyport.yaml"), "plugins:\n  tiny:\n    enabled: false\n");

        Run listed = run("plugin", "list", "--data", data.toString());
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("tracker 0.1.0-SNAPSHOT enabled (class path)\n  services: roadmap, search, ticket,")
                .contains("notes 1.2.3 enabled (" + data.resolve("plugins/notes.jar") + ")\n"
                        + "  services: (no namespace), notes\n  protocols: -\n  permissions: NOTE_VIEW, NOTE_WRITE\n"
                        + "  migrations: 1 notes, 2 ticket log\n")
                .contains("tiny 0.1 disabled (");

        Run actions = run("permission", "list", "--actions", "--data", data.toString());
        assertThat(actions.out()).containsPattern("NOTE_WRITE +notes  Write notes. Implies NOTE_VIEW.\n")
                .containsPattern("TICKET_VIEW +tracker  View tickets")
                .containsPattern("XML_RPC +core  ").doesNotContain("TINY_VIEW");
    }

    @Test
    void checkPassesAValidJarAndNamesEveryProblemOfAnother() {
        Run valid = run("plugin", "check", notesJar(work.resolve("notes.jar")).toString());
        assertThat(valid.exit()).as(valid.err()).isZero();
        assertThat(valid.out()).contains("plugin notes 1.2.3 (Notes), built for plugin API 1.0")
                .contains("permissions: [NOTE_VIEW, NOTE_WRITE (implies NOTE_VIEW)]")
                .contains("migrations: db/notes")
                .contains("service com.example.notes.NotesService: [notes.create, notes.get, notes.greeting,")
                .endsWith("OK\n");

        Path sloppy = new TinyPlugin().builder(work).source("com/example/sloppy/Sloppy.java", """
                package com.example.sloppy;

                import io.polyport.core.annotation.RpcMethod;
                import io.polyport.core.annotation.RpcService;

                @RpcService("sloppy")
                public interface Sloppy {
                    @RpcMethod
                    int undocumented();

                    @RpcMethod(doc = "Open to all.")
                    int unguarded();
                }
                """).build(work.resolve("sloppy.jar"));
        Run problems = run("plugin", "check", sloppy.toString());
        assertThat(problems.exit()).isEqualTo(1);
        assertThat(problems.err()).contains("problem: method sloppy.undocumented has no documentation")
                .contains("problem: method sloppy.undocumented requires no permission")
                .contains("problem: method sloppy.unguarded requires no permission")
                .doesNotContain("unguarded has no documentation");

        Path future = new TinyPlugin().api("2.0").builder(work).build(work.resolve("future.jar"));
        Run refused = run("plugin", "check", future.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("built for plugin API 2.0, but this server provides 1.0");
    }
}
