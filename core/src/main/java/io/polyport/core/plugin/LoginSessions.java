package io.polyport.core.plugin;

import io.polyport.core.invoke.Caller;
import java.time.Duration;

/**
 * Server-side login sessions for protocols whose clients log in once and then send a cookie (RT's REST 1.0). A
 * session is a short-lived API token: the protocol hands the token to its client and returns it as
 * {@link io.polyport.core.spi.Credentials.Token} from {@link io.polyport.core.spi.Protocol#credentials}, and the
 * gateway verifies it like any token. Only a hash of the token is stored.
 */
public interface LoginSessions {

    /**
     * Opens a session for an authenticated caller.
     *
     * @return the secret token, the only copy
     * @throws IllegalArgumentException when the caller is anonymous
     */
    String open(Caller caller, Duration lifetime);

    /** Ends the session of {@code token}; unknown or expired tokens are ignored. */
    void close(String token);
}
