package io.polyport.server.cli;

import io.polyport.server.auth.AdminBootstrap;
import io.polyport.server.auth.PasswordHasher;
import io.polyport.server.auth.PermissionStore;
import io.polyport.server.auth.UserStore;
import io.polyport.server.config.Config;
import io.polyport.server.config.LoggingConfig;
import io.polyport.server.config.ServerConfig;
import io.polyport.server.http.PolyportServer;
import io.polyport.server.storage.Database;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code polyport serve}: creates the admin user on first start, runs the gateway until the process is stopped. */
@Command(name = "serve", description = {
        "Run the gateway until stopped (Ctrl-C or SIGTERM stop it gracefully).",
        "On first start it creates the user 'admin' with TRAC_ADMIN; the password comes from the environment"
                + " variable " + ServeCommand.ADMIN_PASSWORD_ENV + ", or is generated and printed once."})
final class ServeCommand implements Callable<Integer> {
    static final String ADMIN_PASSWORD_ENV = "POLYPORT_ADMIN_PASSWORD";

    private final Terminal terminal;

    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "PORT",
            description = "The port to listen on (0: any free one). Default 8080.")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "The address to listen on. Default 127.0.0.1.")
    String host;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws InterruptedException {
        Config config = data.config();
        if (port != null) {
            config = config.with("server", "port", port);
        }
        if (host != null) {
            config = config.with("server", "host", host);
        }
        config.section("logging", LoggingConfig.class).apply();
        try (Database database = DataOptions.openDatabase(config)) {
            AdminBootstrap bootstrap = new AdminBootstrap(new UserStore(database, new PasswordHasher()),
                    new PermissionStore(database));
            report(bootstrap.ensureAdmin(System.getenv(ADMIN_PASSWORD_ENV)));
        }
        PolyportServer server = PolyportServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "polyport-shutdown"));
        String listenHost = config.section("server", ServerConfig.class).host();
        String urlHost = listenHost.contains(":") ? "[" + listenHost + "]" : listenHost;
        String scheme = config.section("server", ServerConfig.class).tls() == null ? "http" : "https";
        terminal.out().println("Polyport is listening on " + scheme + "://" + urlHost + ":" + server.port() + "/");
        stopped.await();
        return 0;
    }

    private void report(AdminBootstrap.Result result) {
        switch (result.outcome()) {
            case CREATED -> terminal.out().println(
                    "Created user 'admin' with TRAC_ADMIN, password from " + ADMIN_PASSWORD_ENV + ".");
            case CREATED_WITH_GENERATED_PASSWORD -> terminal.out().println(
                    "Created user 'admin' with TRAC_ADMIN. Its password, shown only this once: "
                            + result.password().orElseThrow());
            case EXISTED -> {
            }
        }
    }
}
