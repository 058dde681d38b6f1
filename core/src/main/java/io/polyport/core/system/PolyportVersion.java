package io.polyport.core.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Polyport's own version, from the build (a resource Maven fills in with the project version). */
public final class PolyportVersion {
    private static final String VERSION = read();

    private PolyportVersion() {
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = PolyportVersion.class.getResourceAsStream("/io/polyport/core/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("io/polyport/core/version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
