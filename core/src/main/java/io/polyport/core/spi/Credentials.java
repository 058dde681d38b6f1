package io.polyport.core.spi;

import java.util.Objects;

/**
 * Credentials a protocol found in its own wire format (query or form parameters, a session cookie), handed to the
 * gateway by {@link Protocol#credentials}. The gateway verifies them exactly as it verifies HTTP Basic and Bearer
 * credentials: the same password check, cache, throttling and permissions.
 */
public sealed interface Credentials {

    /** A user name and password, e.g. RT's {@code user} and {@code pass} parameters. */
    record Password(String user, String password) implements Credentials {
        public Password {
            Objects.requireNonNull(user);
            Objects.requireNonNull(password);
        }

        @Override
        public String toString() {
            return "Password[user=" + user + "]";
        }
    }

    /** An API token or a login session's token (see {@code io.polyport.core.plugin.LoginSessions}). */
    record Token(String token) implements Credentials {
        public Token {
            Objects.requireNonNull(token);
        }

        @Override
        public String toString() {
            return "Token[...]";
        }
    }
}
