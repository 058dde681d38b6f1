package io.polyport.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.Protocol;
import io.polyport.core.spi.UnitOfWork;
import io.polyport.core.spi.testing.BufferedExchange;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** What the protocol tells the gateway about itself: discovery, routing and documentation. */
class JsonRpcProtocolTest {
    private final Fixture fixture = new Fixture();
    private final JsonRpcProtocol protocol = new JsonRpcProtocol();

    @Test
    void isFoundWithServiceLoader() {
        assertThat(ServiceLoader.load(Protocol.class).stream().map(ServiceLoader.Provider::type))
                .contains(JsonRpcProtocol.class);
    }

    @Test
    void describesItsRouting() {
        assertThat(protocol.name()).isEqualTo("JSON-RPC");
        assertThat(protocol.paths()).containsExactly("/jsonrpc");
        assertThat(protocol.contentTypes()).containsExactly("application/json");
    }

    @Test
    void descriptionExplainsTheClassHintsAndNamedParams() {
        assertThat(protocol.description()).contains("curl", "application/json", "__jsonclass__", "datetime",
                "binary", "by name", "2.0", "system.multicall");
    }

    @Test
    void exampleRequestUsesPlaceholdersAndDefaults() {
        assertThat(protocol.exampleRequest(method("ticket.get")))
                .hasValue("{\"method\": \"ticket.get\", \"params\": [1], \"id\": 1}");
        assertThat(protocol.exampleRequest(method("ticket.create"))).hasValue("{\"method\": \"ticket.create\", "
                + "\"params\": [\"summary\", \"description\", {}], \"id\": 1}");
        assertThat(protocol.exampleRequest(method("values.greet"))).hasValue("{\"method\": \"values.greet\", "
                + "\"params\": [\"name\", \"Hello\"], \"id\": 1}");
        assertThat(protocol.exampleRequest(method("values.echoDateTime"))).hasValue("{\"method\": "
                + "\"values.echoDateTime\", \"params\": [{\"__jsonclass__\": [\"datetime\", \"2026-05-01T12:00:00\"]}], "
                + "\"id\": 1}");
    }

    @Test
    void exampleRequestIsAnswered() {
        String example = protocol.exampleRequest(method("values.echoBinary")).orElseThrow();

        assertThat(fixture.text(example)).isEqualTo("{\"result\": {\"__jsonclass__\": [\"binary\", \"aGVsbG8=\"]}, "
                + "\"error\": null, \"id\": 1}\n");
    }

    @Test
    void unexpectedFailureInsideTheProtocolIsStillAnsweredWithoutInternals() throws Exception {
        Gateway broken = new Gateway(fixture.gateway().registry(), null, Limits.DEFAULT, UnitOfWork.NONE,
                fixture.gateway().idempotencyKeys());
        BufferedExchange exchange = BufferedExchange.post("/jsonrpc", "application/json",
                "{\"method\": \"system.getAPIVersion\", \"id\": 1}", new CallContext(Fixture.ADMIN, "JSON-RPC", "r-9"));

        protocol.handle(exchange, broken);

        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.responseText()).isEqualTo("{\"result\": null, \"id\": null, \"error\": {\"name\": "
                + "\"JSONRPCError\", \"code\": -32603, \"message\": \"Internal error (request r-9)\"}}\n");
    }

    private MethodDescriptor method(String name) {
        return fixture.gateway().registry().find(name).orElseThrow();
    }
}
