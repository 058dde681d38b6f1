package io.polyport.server.permission;

import java.util.List;

/**
 * What a user or group holds.
 *
 * @param subject   the user or group
 * @param actions   the actions granted to it directly
 * @param groups    the groups it belongs to directly
 * @param effective every action it holds, directly or through its groups, with declared implications added
 */
public record SubjectGrants(String subject, List<String> actions, List<String> groups, List<String> effective) {
}
