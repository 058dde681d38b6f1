package io.polyport.tracker.wiki;

import io.polyport.server.testing.TestDatabases;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.server.event.TransactionalEvents;
import io.polyport.server.storage.Database;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A migrated SQLite database in a folder and a gateway publishing the given services over it, with callers
 * of different grants; calls go through the real invoker (permissions, argument binding, error mapping).
 */
final class WikiGateway implements AutoCloseable {
    static final Caller ADMIN = new Caller("admin", true, Set.of("XML_RPC", "TRAC_ADMIN"));
    static final Caller EDITOR = new Caller("editor", true,
            Set.of("XML_RPC", "WIKI_VIEW", "WIKI_CREATE", "WIKI_MODIFY", "WIKI_DELETE", "TICKET_VIEW",
                    "MILESTONE_VIEW", "SEARCH_VIEW"));
    static final Caller READER = new Caller("reader", true, Set.of("XML_RPC", "WIKI_VIEW", "SEARCH_VIEW"));
    static final Caller ANONYMOUS = Caller.anonymous(Set.of("XML_RPC", "WIKI_VIEW", "WIKI_CREATE"));

    final Database database;
    final Gateway gateway;

    private WikiGateway(Database database, Collection<ServiceBinding<?>> services) {
        this.database = database;
        this.gateway = Gateway.of(services, Limits.DEFAULT);
    }

    /** A fresh database under {@code dir} publishing the wiki service with the given configuration. */
    static WikiGateway wiki(Path dir, WikiConfig config) {
        Database database = TestDatabases.open(dir);
        return new WikiGateway(database, List.of(ServiceBinding.of(WikiService.class,
                new WikiServiceImpl(database, config, new TransactionalEvents(database)))));
    }

    /** A gateway over an open database publishing {@code services}. */
    static WikiGateway over(Database database, Collection<ServiceBinding<?>> services) {
        return new WikiGateway(database, services);
    }

    /** Calls {@code method} as {@code caller} and returns the neutral result. */
    Object call(Caller caller, String method, Object... args) {
        return gateway.invoker().invoke(new CallContext(caller, "test", "r1"), method, Arrays.asList(args));
    }

    /** Calls {@code method} as the administrator. */
    Object admin(String method, Object... args) {
        return call(ADMIN, method, args);
    }

    static List<Object> list(Object... items) {
        return Stream.of(items).toList();
    }

    @Override
    public void close() {
        database.close();
    }
}
