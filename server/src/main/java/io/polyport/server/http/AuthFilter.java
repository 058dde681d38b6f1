package io.polyport.server.http;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.Striped;
import io.polyport.core.invoke.Caller;
import io.polyport.core.spi.Credentials;
import io.polyport.server.auth.Authenticator;
import io.polyport.server.auth.LoginThrottle;
import io.polyport.server.metrics.GatewayMetrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a request's {@code Authorization} header into a {@link Caller}: HTTP Basic, Bearer API tokens, or
 * anonymous when there is no header. Credentials that are sent are always honoured, on every path; wrong ones
 * are rejected rather than silently downgraded to anonymous. Failures are counted by the {@link LoginThrottle}
 * (per user name and client address), which refuses further attempts before any password is hashed; failed and
 * throttled attempts are logged (user and address, never the password; a throttled pair once per window) and counted. May block (password check):
 * call on a worker.
 */
public final class AuthFilter {
    /** The challenge sent with every 401. */
    public static final String CHALLENGE = "Basic realm=\"polyport\"";
    private static final Logger LOG = LoggerFactory.getLogger(AuthFilter.class);

    private final Authenticator authenticator;
    private final LoginThrottle throttle;
    private final GatewayMetrics metrics;
    /**
     * The user names and addresses whose throttling was logged in the current window: a refused attempt costs
     * next to nothing, so logging each one would let a guesser flood the log (and block threads writing it).
     */
    private final Cache<String, Boolean> throttleLogged;
    /** One password check at a time per user name. */
    private final Striped<Lock> checking = Striped.lock(64);

    public AuthFilter(Authenticator authenticator, LoginThrottle throttle, Duration window, GatewayMetrics metrics) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.metrics = metrics;
        this.throttleLogged = CacheBuilder.newBuilder().expireAfterWrite(window).maximumSize(10_000).build();
    }

    /**
     * The outcome for an {@code Authorization} header value (null when absent) sent from {@code address}:
     * rejected when the header is malformed or its credentials are wrong, throttled after too many failures.
     */
    Authentication authenticate(String authorization, String address) {
        if (authorization == null || authorization.isBlank()) {
            return Authentication.accepted(authenticator.anonymous());
        }
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? "" : authorization.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = space < 0 ? "" : authorization.substring(space + 1).strip();
        return switch (scheme) {
            case "basic" -> basic(credentials, address);
            case "bearer" -> checked("bearer", null, address,
                    () -> credentials.isEmpty() ? Optional.empty() : authenticator.authenticateToken(credentials));
            default -> checked("other", null, address, Optional::empty);
        };
    }

    /**
     * The outcome for credentials a protocol found in its own wire form ({@code user}/{@code pass} parameters, a
     * session cookie), checked and throttled exactly as an {@code Authorization} header is.
     */
    Authentication authenticate(Credentials credentials, String address) {
        if (credentials instanceof Credentials.Password password) {
            return password("protocol", password.user(), password.password(), address);
        }
        String token = ((Credentials.Token) credentials).token();
        return checked("token", null, address,
                () -> token.isEmpty() ? Optional.empty() : authenticator.authenticateToken(token));
    }

    private Authentication basic(String encoded, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return checked("basic", null, address, Optional::empty);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return checked("basic", null, address, Optional::empty);
        }
        return password("basic", decoded.substring(0, colon), decoded.substring(colon + 1), address);
    }

    /**
     * A user name and password: accepted at once when they were verified a moment ago (so a client already logged
     * in is not locked out by someone guessing its name, and a keep-alive client's calls cost no throttle look-up,
     * which with several nodes is a database round trip); refused while the throttle holds the name or address;
     * otherwise checked one at a time per user name, so that a client's concurrent first requests cost one hash (the
     * others find it remembered) and right passwords never hold the throttle's reservations that only failures
     * should use up.
     */
    private Authentication password(String scheme, String user, String password, String address) {
        Optional<Caller> remembered = authenticator.rememberedBasic(user, password);
        if (remembered.isPresent()) {
            return Authentication.accepted(remembered.get());
        }
        Optional<Duration> blocked = throttle.blocked(user, address);
        if (blocked.isPresent()) {
            return throttled(scheme, user, address, blocked.get());
        }
        Lock lock = checking.get(user);
        lock.lock();
        try {
            Optional<Caller> meanwhile = authenticator.rememberedBasic(user, password);
            if (meanwhile.isPresent()) {
                return Authentication.accepted(meanwhile.get());
            }
            return checked(scheme, user, address, () -> authenticator.authenticateBasic(user, password));
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code check} unless the throttle holds {@code user} or {@code address}; counts and logs failures. */
    private Authentication checked(String scheme, String user, String address, Supplier<Optional<Caller>> check) {
        Optional<Duration> blocked = throttle.tryAttempt(user, address);
        if (blocked.isPresent()) {
            return throttled(scheme, user, address, blocked.get());
        }
        Optional<Caller> caller = check.get();
        if (caller.isPresent()) {
            throttle.succeeded(user, address);
            return Authentication.accepted(caller.get());
        }
        metrics.authenticationFailed(scheme);
        LOG.warn("login failed: user {} from {} ({} scheme)", printable(user), address, scheme);
        return Authentication.rejected();
    }

    private Authentication throttled(String scheme, String user, String address, Duration wait) {
        metrics.authenticationThrottled();
        if (throttleLogged.asMap().putIfAbsent(user + '\0' + address, Boolean.TRUE) == null) {
            LOG.warn("login throttled: user {} from {} ({} scheme) for {} s; further refusals in this window "
                    + "are only counted", printable(user), address, scheme, wait.toSeconds() + 1);
        }
        return Authentication.throttled(wait);
    }

    /** A user name fit for one log line: quoted, control characters replaced, at most 64 characters. */
    private static String printable(String user) {
        if (user == null) {
            return "-";
        }
        String shortened = user.length() > 64 ? user.substring(0, 64) + "..." : user;
        return '"' + shortened.replaceAll("[\\p{Cntrl}\"\\\\]", "?") + '"';
    }
}
