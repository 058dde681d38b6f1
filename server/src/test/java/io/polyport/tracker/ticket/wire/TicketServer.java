package io.polyport.tracker.ticket.wire;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.polyport.server.PolyportModule;
import io.polyport.server.auth.PermissionStore;
import io.polyport.server.auth.UserStore;
import io.polyport.server.config.Config;
import io.polyport.server.http.PolyportServer;
import io.polyport.tracker.ticket.TicketModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real HTTP server with the ticket services installed, on a random port over a fresh data folder, with
 * users {@code admin} (TRAC_ADMIN) and {@code user} (XML_RPC plus the default authenticated grants).
 */
final class TicketServer implements AutoCloseable {
    static final String PASSWORD = "secret-pw";

    private final Path data;
    private final PolyportServer server;

    private TicketServer(Path data, PolyportServer server) {
        this.data = data;
        this.server = server;
    }

    static TicketServer start() {
        try {
            Path data = Files.createTempDirectory("polyport-tickets");
            Config config = Config.defaults().with("server", "data", data.toString()).with("server", "port", 0)
                    .with("server", "host", "127.0.0.1");
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new PolyportModule(config), new TicketModule());
            UserStore users = injector.getInstance(UserStore.class);
            PermissionStore permissions = injector.getInstance(PermissionStore.class);
            users.add("admin", PASSWORD);
            permissions.grant("admin", List.of("TRAC_ADMIN"));
            users.add("user", PASSWORD);
            permissions.grant("user", List.of("XML_RPC"));
            return new TicketServer(data, PolyportServer.start(injector));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
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
}
