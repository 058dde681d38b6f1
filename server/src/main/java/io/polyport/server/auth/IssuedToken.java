package io.polyport.server.auth;

/** A newly created API token: the secret {@link #token} is shown once and never stored. */
public record IssuedToken(String token, ApiToken info) {
}
