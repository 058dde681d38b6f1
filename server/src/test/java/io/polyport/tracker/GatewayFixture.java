package io.polyport.tracker;

import io.polyport.server.testing.TestDatabases;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.server.config.Config;
import io.polyport.server.event.TransactionalEvents;
import io.polyport.server.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives each test a fresh SQLite database in its own temporary folder, with the services
 * of some tracker Guice modules wired as the server wires them behind a real gateway; calls go through the real
 * invoker, so permission checks, argument binding and error mapping are the real ones. Register a subclass on an
 * instance field with {@code @RegisterExtension}; the folder and database go when the test ends.
 */
public abstract class GatewayFixture implements BeforeEachCallback, AfterEachCallback {
    /** Trac's administrator. */
    public static final Caller ADMIN = new Caller("admin", true, Set.of("XML_RPC", "TRAC_ADMIN"));

    private final Config config;
    private Path folder;
    private int databasesOpened;
    private Database database;
    private TransactionalEvents events;
    private Gateway gateway;

    /** A fixture whose services read {@code config}. */
    protected GatewayFixture(Config config) {
        this.config = config;
    }

    /** The Guice modules whose services the gateway publishes. */
    protected abstract List<Module> modules();

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("polyport-test");
        reopen(config);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        closeDatabase();
        if (folder != null) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            folder = null;
        }
    }

    /**
     * Replaces the database with a fresh, empty one whose services read {@code newConfig}; a configuration the
     * server would refuse at start-up fails here the same way, and leaves no database open.
     */
    public void reopen(Config newConfig) {
        closeDatabase();
        Database opened = TestDatabases.open(folder.resolve("db" + ++databasesOpened));
        TransactionalEvents openedEvents = new TransactionalEvents(opened);
        try {
            List<Module> modules = new ArrayList<>(modules());
            modules.add(new AbstractModule() {
                @Override
                protected void configure() {
                    bind(Database.class).toInstance(opened);
                    bind(Config.class).toInstance(newConfig);
                    bind(DomainEvents.class).toInstance(openedEvents);
                }
            });
            Set<ServiceBinding<?>> services = Guice.createInjector(modules)
                    .getInstance(Key.get(new TypeLiteral<Set<ServiceBinding<?>>>() {
                    }));
            gateway = Gateway.of(services, Limits.DEFAULT);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        database = opened;
        events = openedEvents;
    }

    public Gateway gateway() {
        return gateway;
    }

    public Database database() {
        return database;
    }

    /** The domain events the services publish, delivered after their transactions commit. */
    public DomainEvents events() {
        return events;
    }

    /** Calls {@code method} as {@code caller} with positional arguments; returns the neutral result. */
    public Object call(Caller caller, String method, Object... args) {
        return gateway.invoker().invoke(new CallContext(caller, "test", "r1"), method, Arrays.asList(args));
    }

    /** Calls as admin. */
    public Object admin(String method, Object... args) {
        return call(ADMIN, method, args);
    }

    private void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
            gateway = null;
        }
    }
}
