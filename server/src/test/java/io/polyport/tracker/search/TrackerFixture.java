package io.polyport.tracker.search;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import io.polyport.tracker.ticket.TicketModule;
import io.polyport.tracker.wiki.WikiModule;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A fresh SQLite database with the ticket, wiki and search modules wired by Guice behind a real gateway, as the
 * server wires them; calls go through the real invoker.
 */
final class TrackerFixture implements AutoCloseable {
    static final String BASE = "http://tracker.example/env";
    static final Caller ADMIN = new Caller("admin", true, Set.of("XML_RPC", "TRAC_ADMIN"));

    final Database database;
    final Gateway gateway;

    TrackerFixture(Path dir) {
        this.database = Database.open(new DatabaseConfig(null, null, null, null), dir);
        Config config = Config.defaults().with("search", "baseUrl", BASE).with("wiki", "baseUrl", BASE);
        Injector injector = Guice.createInjector(new TicketModule(), new WikiModule(), new SearchModule(),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(Database.class).toInstance(database);
                        bind(Config.class).toInstance(config);
                    }
                });
        this.gateway = Gateway.of(injector.getInstance(Key.get(new TypeLiteral<Set<ServiceBinding<?>>>() {
        })), Limits.DEFAULT);
    }

    static Caller caller(String name, String... actions) {
        return new Caller(name, true, Set.of(actions));
    }

    Object call(Caller caller, String method, Object... args) {
        return gateway.invoker().invoke(new CallContext(caller, "test", "r1"), method, Arrays.asList(args));
    }

    Object admin(String method, Object... args) {
        return call(ADMIN, method, args);
    }

    @SuppressWarnings("unchecked")
    List<List<Object>> search(Caller caller, String query, Object... filters) {
        return (List<List<Object>>) (filters.length == 0 ? call(caller, "search.performSearch", query)
                : call(caller, "search.performSearch", query, Arrays.asList(filters)));
    }

    /** The hrefs of a search as the administrator, in rank order. */
    List<String> hrefs(String query, Object... filters) {
        return search(ADMIN, query, filters).stream().map(hit -> (String) hit.get(0)).toList();
    }

    @Override
    public void close() {
        database.close();
    }
}
