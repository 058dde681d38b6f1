package io.polyport.plugins.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Polyport server in a process of its own, from its shaded jar, with this module's packaged plugin jar in
 * its plugin folder, so the plugin is loaded exactly as an operator installs it (never from the test's class path).
 * Users and permissions are set up with the server's own command line.
 */
final class ServerProcess implements AutoCloseable {
    static final String ADMIN_PASSWORD = "admin-secret";
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final int port;
    private final Path data;

    private ServerProcess(Process process, int port, Path data) {
        this.process = process;
        this.port = port;
        this.data = data;
    }

    /** Starts a server over {@code data}, with {@code config} as its {@code polyport.yaml}. */
    static ServerProcess start(Path data, String config) throws IOException, InterruptedException {
        Files.createDirectories(data.resolve("plugins"));
        Files.copy(jar("polyport.plugin.jar"), data.resolve("plugins/rt-rest-plugin.jar"));
        Files.writeString(data.resolve("polyport.yaml"), config);
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx256m", "-jar", jar("polyport.server.jar").toString(),
                "serve", "--port", "0", "--data", data.toString()).redirectErrorStream(true);
        builder.environment().put("POLYPORT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            seen.add(line);
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> drain(out), "server-output");
                drain.setDaemon(true);
                drain.start();
                return new ServerProcess(process, Integer.parseInt(listening.group(1)), data);
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("the server did not start:\n" + String.join("\n", seen));
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the server's log is not needed once it listens
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Runs a command of the server's command line over the same data folder, e.g. {@code user add alice}. */
    static String cli(Path data, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar("polyport.server.jar").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data", data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path data() {
        return data;
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        assertThat(path).as("system property " + property + " (set by the module's failsafe configuration)")
                .isNotNull();
        Path jar = Path.of(path);
        assertThat(jar).as("build the server and plugin jars first (mvn verify from the root)").exists();
        return jar;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
