package io.polyport.server.auth;

import java.time.Instant;

/**
 * A stored user account as administrators see it; its password hash and invitation token stay inside
 * {@link UserStore}.
 *
 * @param name     the login name
 * @param fullName the full name, empty when unset
 * @param email    the e-mail address, empty when unset
 * @param disabled whether the account is disabled (it cannot authenticate)
 * @param invited  whether it was created with an invitation that has not been accepted yet
 * @param created  when it was created
 */
public record User(String name, String fullName, String email, boolean disabled, boolean invited,
                   Instant created) {
}
