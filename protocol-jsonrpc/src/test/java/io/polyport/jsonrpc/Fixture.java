package io.polyport.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.testing.BufferedExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** A gateway over the test services and the JSON-RPC protocol, driven through in-memory exchanges. */
final class Fixture {
    static final Caller ADMIN = new Caller("admin", true, Set.of("TRAC_ADMIN"));
    static final Caller USER = new Caller("user", true, Set.of("XML_RPC", "TICKET_VIEW"));
    static final Caller NO_XML_RPC = new Caller("noxml", true, Set.of("TICKET_VIEW"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonRpcProtocol protocol = new JsonRpcProtocol();
    private final Gateway gateway;

    Fixture() {
        this(Limits.DEFAULT);
    }

    Fixture(Limits limits) {
        gateway = Gateway.of(List.of(ServiceBinding.of(TicketFixture.class, new TicketFixture.Impl()),
                ServiceBinding.of(ValuesFixture.class, new ValuesFixture.Impl())), limits);
    }

    Gateway gateway() {
        return gateway;
    }

    /** Posts {@code body} as {@code application/json} by {@link #ADMIN}. */
    BufferedExchange post(String body) {
        return post(ADMIN, "application/json", body);
    }

    BufferedExchange post(Caller caller, String body) {
        return post(caller, "application/json", body);
    }

    BufferedExchange post(Caller caller, String contentType, String body) {
        return handle(BufferedExchange.post("/login/jsonrpc", contentType, body,
                new CallContext(caller, protocol.name(), "req-7")));
    }

    /** Posts raw bytes as {@code application/json} by {@link #ADMIN}. */
    BufferedExchange post(byte[] body) {
        return handle(new BufferedExchange("POST", "/login/jsonrpc", "", body,
                new CallContext(ADMIN, protocol.name(), "req-7")).withHeader("Content-Type", "application/json"));
    }

    private BufferedExchange handle(BufferedExchange exchange) {
        try {
            protocol.handle(exchange, gateway);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exchange;
    }

    /** Posts {@code body} and returns the response text, asserting nothing. */
    String text(String body) {
        return post(body).responseText();
    }

    /** Posts {@code body} and parses the response. */
    JsonNode json(String body) {
        return parse(text(body));
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
