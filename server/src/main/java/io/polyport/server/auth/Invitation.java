package io.polyport.server.auth;

import java.time.Instant;

/** A newly issued invitation: the secret {@link #token} is shown once and only its SHA-256 is stored. */
public record Invitation(String user, String token, Instant expires) {
}
