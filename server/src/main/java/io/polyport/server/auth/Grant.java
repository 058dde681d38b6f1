package io.polyport.server.auth;

/** One stored permission row: {@code subject} holds the action, or joins the group, {@code action}. */
public record Grant(String subject, String action) {
    /** Whether this row makes {@link #subject} a member of the group {@link #action}. */
    public boolean isMembership() {
        return !Names.isAction(action);
    }
}
