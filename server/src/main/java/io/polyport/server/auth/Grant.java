package io.polyport.server.auth;

/**
 * One stored permission row: {@code subject} holds {@code action}, or, when {@code action} is not an
 * upper-case action name ({@link Names#isAction}), joins the group of that name.
 */
public record Grant(String subject, String action) {
}
