package io.polyport.server.permission;

import java.util.List;

/**
 * One known permission action.
 *
 * @param name       the action, e.g. {@code TICKET_VIEW}
 * @param doc        what it allows
 * @param implies    the actions holding it adds, besides Trac's rules ({@code TRAC_ADMIN}, {@code X_ADMIN})
 * @param declaredBy {@code core} or the id of the plugin declaring it
 */
public record ActionInfo(String name, String doc, List<String> implies, String declaredBy) {
}
