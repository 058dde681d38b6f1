package io.polyport.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

/**
 * Adds the security headers: {@code X-Content-Type-Options: nosniff} on every response; on HTML pages a strict
 * {@code Content-Security-Policy} (no inline script or style, no framing), {@code X-Frame-Options: DENY} and
 * {@code Referrer-Policy: no-referrer}; and {@code Strict-Transport-Security} when served over TLS. No response
 * names the server or its version.
 */
public final class SecurityHeaders implements HttpHandler {
    /** The policy of every HTML page. */
    /** The Content-Security-Policy every HTML page of Polyport is sent with. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final HttpString CSP = new HttpString("Content-Security-Policy");
    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");
    private static final HttpString FRAME_OPTIONS = new HttpString("X-Frame-Options");
    private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");
    private static final HttpString HSTS = new HttpString("Strict-Transport-Security");

    private final HttpHandler next;
    private final boolean tls;

    SecurityHeaders(HttpHandler next, boolean tls) {
        this.next = next;
        this.tls = tls;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(NOSNIFF, "nosniff");
        if (tls) {
            headers.put(HSTS, "max-age=31536000");
        }
        exchange.addResponseCommitListener(ex -> {
            String type = ex.getResponseHeaders().getFirst(Headers.CONTENT_TYPE);
            if (type != null && type.regionMatches(true, 0, "text/html", 0, "text/html".length())) {
                HeaderMap response = ex.getResponseHeaders();
                response.put(CSP, CONTENT_SECURITY_POLICY);
                response.put(FRAME_OPTIONS, "DENY");
                response.put(REFERRER_POLICY, "no-referrer");
            }
        });
        next.handleRequest(exchange);
    }
}
