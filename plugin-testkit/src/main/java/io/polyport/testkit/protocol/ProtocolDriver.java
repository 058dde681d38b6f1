package io.polyport.testkit.protocol;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.registry.ValueType;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.Protocol;
import io.polyport.core.spi.testing.BufferedExchange;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Drives a protocol in process: sends {@link WireRequest}s through {@link Protocol#handle} over a
 * {@link BufferedExchange}, and calls the same method on the invoker directly, for comparison.
 */
final class ProtocolDriver {
    private final Protocol protocol;
    private final ProtocolAdapter adapter;
    private final Supplier<List<ServiceBinding<?>>> services;
    private final Limits limits;
    private final String mount;

    ProtocolDriver(Protocol protocol, ProtocolAdapter adapter, Supplier<List<ServiceBinding<?>>> services,
                   Limits limits) {
        this.protocol = protocol;
        this.adapter = adapter;
        this.services = services;
        this.limits = limits;
        this.mount = protocol.paths().stream().sorted().findFirst()
                .orElseThrow(() -> new IllegalArgumentException(protocol.name() + " declares no paths"));
    }

    Protocol protocol() {
        return protocol;
    }

    ProtocolAdapter adapter() {
        return adapter;
    }

    /** A gateway over fresh instances of the services. */
    Gateway newGateway() {
        return Gateway.of(services.get(), limits);
    }

    /** The declared result type of {@code method} in {@code gateway}; {@code ANY} for unknown methods. */
    static ValueType returnType(Gateway gateway, String method) {
        return gateway.registry().find(method).map(MethodDescriptor::returnType).orElse(ValueType.ANY);
    }

    /** An exchange carrying {@code request} to the protocol's mount as {@code caller}. */
    BufferedExchange exchange(WireRequest request, Caller caller) {
        BufferedExchange exchange = new BufferedExchange(request.httpMethod(), mount + request.subPath(),
                request.subPath(), request.body(), context(caller));
        request.headers().forEach(exchange::withHeader);
        request.query().forEach((name, values) -> values.forEach(value -> exchange.withQuery(name, value)));
        return exchange;
    }

    /**
     * Sends {@code request} as {@code caller} and returns the answer.
     *
     * @throws AssertionError when the protocol throws (a server would answer 500) or does not answer
     */
    WireResponse send(Gateway gateway, Caller caller, WireRequest request) {
        BufferedExchange exchange = exchange(request, caller);
        try {
            protocol.handle(exchange, gateway);
        } catch (Throwable e) {
            throw new AssertionError(protocol.name() + " threw " + e + " instead of answering; a server answers"
                    + " that with 500", e);
        }
        return answerOf(exchange);
    }

    /** What the protocol answered on {@code exchange}. */
    WireResponse answerOf(BufferedExchange exchange) {
        if (exchange.responseBody() == null) {
            throw new AssertionError(protocol.name() + " did not answer the request");
        }
        return new WireResponse(exchange.status(), String.valueOf(exchange.responseContentType()),
                Map.copyOf(exchange.responseHeaders()), exchange.responseBody());
    }

    /** Sends {@code call} as {@code caller} and decodes the answer. */
    Outcome call(Gateway gateway, Caller caller, SampleCall call) {
        WireResponse response = send(gateway, caller, adapter.encode(call.method(), call.args()));
        Leaks.assertNone(response);
        return decode(response, returnType(gateway, call.method()));
    }

    /** Decodes {@code response} with the adapter; failing to is a conformance failure. */
    Outcome decode(WireResponse response, ValueType returnType) {
        try {
            return adapter.decode(response, returnType);
        } catch (Exception e) {
            throw new AssertionError("not a well-formed " + protocol.name() + " answer (" + e + "): HTTP "
                    + response.status() + " " + Leaks.excerpt(response.text()), e);
        }
    }

    /** The context of every call, direct or over the wire: the same request id, so that messages compare. */
    private CallContext context(Caller caller) {
        return new CallContext(caller, protocol.name(), "kit-request");
    }

    /** What the invoker itself answers {@code call}, in the protocol's error codes. */
    Outcome direct(Gateway gateway, Caller caller, SampleCall call) {
        try {
            return Outcome.returned(gateway.invoker().invoke(context(caller),
                    call.method(), call.args()));
        } catch (RpcException e) {
            return Outcome.failed(adapter.errorCode(e.code(), caller), e.getMessage());
        }
    }
}
