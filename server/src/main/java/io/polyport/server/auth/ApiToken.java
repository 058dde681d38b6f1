package io.polyport.server.auth;

import java.time.Instant;

/** A stored API token's public facts: its id (the visible part of the token), owner, label and creation. */
public record ApiToken(String id, String user, String label, Instant created) {
}
