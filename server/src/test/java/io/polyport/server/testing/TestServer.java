package io.polyport.server.testing;

import io.polyport.server.cli.PolyportCommand;
import io.polyport.server.config.Config;
import io.polyport.server.http.PolyportServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;

/**
 * A real Polyport server for integration tests: a fresh data folder with its own database ({@link TestDatabases}:
 * a SQLite file, or a PostgreSQL database in the PostgreSQL run), a random port on
 * 127.0.0.1, and the user {@code admin} (password {@link #ADMIN_PASSWORD}) holding {@code TRAC_ADMIN}. Users and
 * permissions are managed through the real command line, as an operator would.
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-secret";

    private final Path data;
    private final PolyportServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer(Path data, PolyportServer server) {
        this.data = data;
        this.server = server;
    }

    /** A server with the default configuration. */
    public static TestServer start() {
        return start(Config.defaults());
    }

    /** A server with {@code config}, its data folder and port replaced by fresh ones. */
    public static TestServer start(Config config) {
        try {
            Path data = Files.createTempDirectory("polyport-test");
            return start(config, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server over an existing data folder (e.g. one prepared with plugins). */
    public static TestServer start(Config config, Path data) {
        cli(data, ADMIN_PASSWORD, "user", "add", "admin", "--password-stdin");
        cli(data, null, "permission", "add", "admin", "TRAC_ADMIN");
        return over(config, data);
    }

    /** A server over a data folder whose users are already there (e.g. imported), adding none. */
    public static TestServer over(Config config, Path data) {
        return new TestServer(data, PolyportServer.start(effective(config, data)));
    }

    /**
     * Stops this server, keeping its data folder (database, plugins), and starts another over it with
     * {@code config}; close only the new one.
     */
    public TestServer restart(Config config) {
        server.close();
        return new TestServer(data, PolyportServer.start(effective(config, data)));
    }

    private static Config effective(Config config, Path data) {
        Config local = config.with("server", "data", data.toString()).with("server", "port", 0)
                .with("server", "host", "127.0.0.1");
        return TestDatabases.postgres() ? TestDatabases.configure(local, data) : local;
    }

    public Path data() {
        return data;
    }

    public int port() {
        return server.port();
    }

    /** The port of another listener: see {@link PolyportServer#listenerPort}. */
    public int listenerPort(int index) {
        return server.listenerPort(index);
    }

    /** The absolute URI of {@code path} on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** The same URI with user info, as Python's ServerProxy takes it. */
    public String urlWithCredentials(String user, String password, String path) {
        return "http://" + user + ":" + password + "@127.0.0.1:" + port() + path;
    }

    /** Creates a user with a password and grants it {@code actions}. */
    public void addUser(String name, String password, String... actions) {
        cli(data, password, "user", "add", name, "--password-stdin");
        if (actions.length > 0) {
            grant(name, actions);
        }
    }

    /** Grants actions (or group memberships) to a subject. */
    public void grant(String subject, String... actions) {
        List<String> args = new ArrayList<>(List.of("permission", "add", subject));
        args.addAll(List.of(actions));
        cli(data, null, args.toArray(String[]::new));
        waitForPermissionCaches();
    }

    /** Revokes actions from a subject. */
    public void revoke(String subject, String... actions) {
        List<String> args = new ArrayList<>(List.of("permission", "remove", subject));
        args.addAll(List.of(actions));
        cli(data, null, args.toArray(String[]::new));
        waitForPermissionCaches();
    }

    /** The {@code Authorization} header value for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Apache's XML-RPC client for {@code path}, as {@code user} (anonymous when null), reading date-times as UTC
     * the way Trac sends them.
     */
    public XmlRpcClient xmlRpcClient(String path, String user, String password) {
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        try {
            config.setServerURL(uri(path).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
        if (user != null) {
            config.setBasicUserName(user);
            config.setBasicPassword(password);
        }
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        XmlRpcClient client = new XmlRpcClient();
        client.setConfig(config);
        return client;
    }

    /** POSTs {@code body} with a content type, optionally as a user, and returns the response. */
    public HttpResponse<String> post(String path, String contentType, String body, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return send(request.build());
    }

    /** Sends a request and reads the body as text. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a CLI command against this server's data folder and returns what it printed. */
    public String cli(String... args) {
        return cli(data, null, args);
    }

    /** Runs a CLI command against this server's data folder with {@code stdin} as its input (a password). */
    public String cliWithInput(String stdin, String... args) {
        return cli(data, stdin, args);
    }

    /** Runs a CLI command against a data folder no test server runs on, and returns what it printed. */
    public static String cliWithoutServer(Path data, String... args) {
        return cli(data, null, args);
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cli(Path data, String stdin, String... args) {
        if (TestDatabases.postgres()) {
            TestDatabases.writeConfigFile(data);
        }
        List<String> withData = new ArrayList<>(List.of(args));
        withData.add("--data");
        withData.add(data.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PolyportCommand.run(withData.toArray(String[]::new),
                new ByteArrayInputStream(((stdin == null ? "" : stdin) + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("polyport " + withData + " exited " + exit + ": " + err);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void waitForPermissionCaches() {
        try {
            Thread.sleep(PERMISSION_CACHE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A running server re-reads grants at most once a second (EffectivePermissions); wait that out. */
    private static final long PERMISSION_CACHE_MILLIS = 1_100;
}
