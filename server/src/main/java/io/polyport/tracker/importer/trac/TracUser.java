package io.polyport.tracker.importer.trac;

/**
 * A Trac user: a name with an authenticated session or a password line.
 *
 * @param name         the user name
 * @param fullName     the name from the session's {@code name} attribute, empty when none
 * @param email        the session's {@code email} attribute, empty when none
 * @param passwordHash the htpasswd hash, kept as it is; empty when the user has none (no login until
 *                     {@code user passwd})
 */
record TracUser(String name, String fullName, String email, String passwordHash) {
}
