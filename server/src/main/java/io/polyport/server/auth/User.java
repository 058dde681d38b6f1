package io.polyport.server.auth;

import java.time.Instant;

/** A stored user account (its password hash stays inside {@link UserStore}). */
public record User(String name, Instant created) {
}
