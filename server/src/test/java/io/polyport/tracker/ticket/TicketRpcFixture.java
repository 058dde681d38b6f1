package io.polyport.tracker.ticket;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * A fresh SQLite database with the ticket services wired by {@link TicketModule} behind a real gateway; calls
 * go through the invoker, so permission checks, argument binding and error mapping are the real ones.
 */
final class TicketRpcFixture implements AutoCloseable {
    static final Caller ADMIN = new Caller("admin", true, Set.of("XML_RPC", "TRAC_ADMIN"));
    /** Trac's default authenticated user: view, create, modify (which implies append and chgprop). */
    static final Caller USER = new Caller("user", true,
            Set.of("XML_RPC", "TICKET_VIEW", "TICKET_CREATE", "TICKET_MODIFY", "MILESTONE_VIEW"));
    static final Caller VIEWER = new Caller("viewer", true, Set.of("XML_RPC", "TICKET_VIEW"));
    static final Caller APPENDER = new Caller("appender", true, Set.of("XML_RPC", "TICKET_VIEW", "TICKET_APPEND"));
    static final Caller CHGPROP = new Caller("chgprop", true,
            Set.of("XML_RPC", "TICKET_VIEW", "TICKET_APPEND", "TICKET_CHGPROP"));

    private final Database database;
    private final Gateway gateway;

    TicketRpcFixture(Path dir) {
        this(dir, Config.defaults());
    }

    TicketRpcFixture(Path dir, Config config) {
        this.database = Database.open(new DatabaseConfig(null, null, null, null), dir);
        Set<ServiceBinding<?>> services;
        try {
            Injector injector = Guice.createInjector(new TicketModule(), new AbstractModule() {
                @Override
                protected void configure() {
                    bind(Database.class).toInstance(database);
                    bind(Config.class).toInstance(config);
                }
            });
            services = injector.getInstance(Key.get(new TypeLiteral<Set<ServiceBinding<?>>>() {
            }));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        this.gateway = Gateway.of(services, Limits.DEFAULT);
    }

    Gateway gateway() {
        return gateway;
    }

    Database database() {
        return database;
    }

    /** Calls {@code method} as {@code caller} with positional arguments; returns the neutral result. */
    Object call(Caller caller, String method, Object... args) {
        return gateway.invoker().invoke(new CallContext(caller, "test", "r1"), method, Arrays.asList(args));
    }

    /** Calls as admin. */
    Object admin(String method, Object... args) {
        return call(ADMIN, method, args);
    }

    /** Calls as admin a method that returns an array. */
    @SuppressWarnings("unchecked")
    List<Object> adminList(String method, Object... args) {
        return (List<Object>) admin(method, args);
    }

    int create(String summary, Map<String, Object> attributes) {
        return (Integer) admin("ticket.create", summary, "description of " + summary, attributes);
    }

    /** The attributes struct of {@code ticket.get(id)}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> attributes(int id) {
        return (Map<String, Object>) ((List<Object>) admin("ticket.get", id)).get(3);
    }

    @SuppressWarnings("unchecked")
    List<Integer> query(String qstr) {
        return (List<Integer>) admin("ticket.query", qstr);
    }

    @SuppressWarnings("unchecked")
    List<List<Object>> changeLog(int id) {
        return (List<List<Object>>) admin("ticket.changeLog", id);
    }

    /** Asserts that calling fails with {@code code}; returns the assertion for the message. */
    AbstractThrowableAssert<?, ? extends Throwable> fails(ErrorCode code, Caller caller, String method,
                                                           Object... args) {
        return assertThatThrownBy(() -> call(caller, method, args))
                .isInstanceOf(RpcException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((RpcException) e).code()).isEqualTo(code));
    }

    @Override
    public void close() {
        database.close();
    }
}
