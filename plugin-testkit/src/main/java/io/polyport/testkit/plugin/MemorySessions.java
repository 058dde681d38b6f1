package io.polyport.testkit.plugin;

import io.polyport.core.invoke.Caller;
import io.polyport.core.plugin.LoginSessions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link LoginSessions} for tests, kept in memory: random tokens that expire, and {@link #userOf} to see what the
 * gateway would accept.
 */
public final class MemorySessions implements LoginSessions {
    private record Session(String user, Instant expires) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public MemorySessions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String open(Caller caller, Duration lifetime) {
        if (!caller.authenticated()) {
            throw new IllegalArgumentException("an anonymous caller has no session");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        sessions.put(token, new Session(caller.name(), clock.instant().plus(lifetime)));
        return token;
    }

    @Override
    public void close(String token) {
        sessions.remove(token);
    }

    /** The user a token logs in, while it has not expired or been closed. */
    public Optional<String> userOf(String token) {
        Session session = sessions.get(token);
        return session == null || !clock.instant().isBefore(session.expires()) ? Optional.empty()
                : Optional.of(session.user());
    }
}
