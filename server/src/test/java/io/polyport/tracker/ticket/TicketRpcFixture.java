package io.polyport.tracker.ticket;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Module;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.server.config.Config;
import io.polyport.tracker.GatewayFixture;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * Per test, a fresh SQLite database with the ticket services wired by {@link TicketModule} behind a real gateway
 * (see {@link GatewayFixture}); register it with {@code @RegisterExtension}.
 */
final class TicketRpcFixture extends GatewayFixture {
    /** Trac's default authenticated user: view, create, modify (which implies append and chgprop). */
    static final Caller USER = new Caller("user", true,
            Set.of("XML_RPC", "TICKET_VIEW", "TICKET_CREATE", "TICKET_MODIFY", "MILESTONE_VIEW"));
    static final Caller VIEWER = new Caller("viewer", true, Set.of("XML_RPC", "TICKET_VIEW"));
    static final Caller APPENDER = new Caller("appender", true, Set.of("XML_RPC", "TICKET_VIEW", "TICKET_APPEND"));
    static final Caller CHGPROP = new Caller("chgprop", true,
            Set.of("XML_RPC", "TICKET_VIEW", "TICKET_APPEND", "TICKET_CHGPROP"));

    /** Ticket services with the default configuration. */
    TicketRpcFixture() {
        this(Config.defaults());
    }

    /** Ticket services that read {@code config}. */
    TicketRpcFixture(Config config) {
        super(config);
    }

    @Override
    protected List<Module> modules() {
        return List.of(new TicketModule());
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
}
