package io.polyport.server.http;

import io.polyport.core.invoke.Caller;
import io.polyport.core.spi.Credentials;
import io.polyport.server.auth.Authenticator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a request's {@code Authorization} header into a {@link Caller}: HTTP Basic, Bearer API tokens, or
 * anonymous when there is no header. Credentials that are sent are always honoured, on every path; wrong ones
 * are rejected rather than silently downgraded to anonymous. May block (password check): call on a worker.
 */
public final class AuthFilter {
    /** The challenge sent with every 401. */
    public static final String CHALLENGE = "Basic realm=\"polyport\"";

    private final Authenticator authenticator;

    public AuthFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /**
     * The caller for an {@code Authorization} header value (null when absent), or empty when the header is
     * malformed or its credentials are wrong.
     */
    public Optional<Caller> authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.of(authenticator.anonymous());
        }
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = authorization.substring(space + 1).strip();
        return switch (scheme) {
            case "basic" -> basic(credentials);
            case "bearer" -> credentials.isEmpty() ? Optional.empty() : authenticator.authenticateToken(credentials);
            default -> Optional.empty();
        };
    }

    /** The caller for credentials a protocol found in its own wire form, or empty when they are wrong. */
    public Optional<Caller> authenticate(Credentials credentials) {
        if (credentials instanceof Credentials.Password password) {
            return authenticator.authenticateBasic(password.user(), password.password());
        }
        return authenticator.authenticateToken(((Credentials.Token) credentials).token());
    }

    private Optional<Caller> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return authenticator.authenticateBasic(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
