package io.polyport.rest;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.testing.BufferedExchange;
import io.polyport.rest.http.RestSettings;
import io.polyport.rest.sample.InMemoryTickets;
import io.polyport.rest.sample.InMemoryWiki;
import io.polyport.rest.sample.SampleMilestones;
import io.polyport.rest.sample.SampleTickets;
import io.polyport.rest.sample.SampleWiki;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** The REST protocol over the sample services, driven with in-memory exchanges. */
final class RestFixture {
    static final Caller ADMIN = new Caller("admin", true, Set.of("TRAC_ADMIN"));
    static final Caller ANONYMOUS = Caller.anonymous(Set.of("XML_RPC", "TICKET_VIEW", "WIKI_VIEW"));
    static final Caller REPORTER = new Caller("reporter", true, Set.of("XML_RPC", "TICKET_VIEW", "TICKET_CREATE"));

    final Gateway gateway = Gateway.of(List.of(
            ServiceBinding.of(SampleTickets.class, new InMemoryTickets()),
            ServiceBinding.of(SampleWiki.class, new InMemoryWiki()),
            ServiceBinding.of(SampleMilestones.class, new SampleMilestones.InMemory())), Limits.DEFAULT);
    final RestProtocol protocol;

    RestFixture() {
        this(new RestSettings(Set.of("https://app.example"), true));
    }

    RestFixture(RestSettings settings) {
        protocol = new RestProtocol(settings);
    }

    /** A request to {@code /rest<subPath>}; add headers and query, then {@link #send}. */
    static BufferedExchange request(String method, String subPath, String body, Caller caller) {
        return new BufferedExchange(method, "/rest" + subPath, subPath,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                new CallContext(caller, "REST", "t"));
    }

    static BufferedExchange json(String method, String subPath, String body, Caller caller) {
        return request(method, subPath, body, caller).withHeader("Content-Type", "application/json");
    }

    BufferedExchange send(BufferedExchange exchange) {
        protocol.handle(exchange, gateway);
        return exchange;
    }

    /** Creates a ticket as admin and returns its id. */
    int createTicket(String summary) {
        BufferedExchange created = send(json("POST", "/tickets", "{\"summary\":\"" + summary
                + "\",\"description\":\"d\"}", ADMIN));
        if (created.status() != 201) {
            throw new AssertionError(created.status() + " " + created.responseText());
        }
        String location = created.responseHeaders().get("Location");
        return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
    }
}
