package io.polyport.server.http;

import io.polyport.core.invoke.Caller;
import java.time.Duration;
import java.util.Optional;

/**
 * What checking a request's credentials gave: the caller; no caller (wrong or malformed credentials); or a
 * refusal to check them at all, because the login throttle holds the user name or the client address.
 *
 * @param caller       the caller, when the credentials were right (or absent: anonymous)
 * @param throttledFor how long the client must wait before it may try again, when throttled
 */
record Authentication(Optional<Caller> caller, Optional<Duration> throttledFor) {
    static Authentication accepted(Caller caller) {
        return new Authentication(Optional.of(caller), Optional.empty());
    }

    static Authentication rejected() {
        return new Authentication(Optional.empty(), Optional.empty());
    }

    static Authentication throttled(Duration retryAfter) {
        return new Authentication(Optional.empty(), Optional.of(retryAfter));
    }
}
