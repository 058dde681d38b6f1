package io.polyport.rest.http;

import io.polyport.core.spi.Limits;
import io.polyport.core.spi.RpcExchange;
import java.util.Map;

/**
 * Problem JSON for requests the gateway refuses before any route runs (wrong credentials, a body over the limit,
 * too many requests), with the CORS headers of every REST answer so that browser callers can read them. Needs no
 * gateway, so it also answers before the first call has built a {@link RestHandler}.
 */
public final class GatewayRefusals {
    private final Problems problems = new Problems(new RestJson(Limits.DEFAULT));
    private final Cors cors;

    public GatewayRefusals(RestSettings settings) {
        this.cors = new Cors(settings);
    }

    /** The problem answering a refusal with {@code status}; headers the gateway set stay as they are. */
    public RestResponse of(RpcExchange exchange, int status, String message) {
        RestResponse response = problems.of(new RestFailure(status, message));
        for (Map.Entry<String, String> header : cors.headers(exchange.header("Origin").orElse(null)).entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
