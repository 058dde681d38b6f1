package io.polyport.core.plugin;

/**
 * A version of the plugin API, {@code MAJOR.MINOR}. A plugin names the version it was built against in its
 * descriptor; the server starts it when the majors are equal and the server's minor is at least the plugin's
 * (minor versions only add to the API, a new major may remove or change).
 *
 * @param major incremented for incompatible changes
 * @param minor incremented for additions
 */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {
    /** The plugin API this core provides. */
    public static final ApiVersion CURRENT = new ApiVersion(1, 0);

    public ApiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("API version numbers cannot be negative");
        }
    }

    /** Parses {@code MAJOR.MINOR}, e.g. {@code 1.0}. */
    public static ApiVersion parse(String text) {
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("API version '" + text + "' is not MAJOR.MINOR");
        }
        try {
            return new ApiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("API version '" + text + "' is not MAJOR.MINOR");
        }
    }

    /** Whether a plugin built against {@code required} runs on this version. */
    public boolean provides(ApiVersion required) {
        return major == required.major && minor >= required.minor;
    }

    @Override
    public int compareTo(ApiVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
