package io.polyport.server.auth;

import io.polyport.core.invoke.Caller;
import io.polyport.core.plugin.LoginSessions;
import java.time.Duration;

/** Login sessions as expiring API tokens: verified by the gateway like any Bearer token, ended by revoking them. */
public final class TokenSessions implements LoginSessions {
    private static final String LABEL = "login session";

    private final TokenStore tokens;

    public TokenSessions(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public String open(Caller caller, Duration lifetime) {
        if (!caller.authenticated()) {
            throw new IllegalArgumentException("an anonymous caller has no session");
        }
        return tokens.createExpiring(caller.name(), LABEL, lifetime).token();
    }

    @Override
    public void close(String token) {
        tokens.revokeIfPresent(token);
    }
}
