package io.polyport.core.system;

/**
 * The name and version of an installed part of the gateway, e.g. a plugin jar, for {@code polyport.getVersions}.
 *
 * @param name    what it is called, e.g. the plugin's id
 * @param version its version as it declares it
 */
public record ComponentVersion(String name, String version) {
}
