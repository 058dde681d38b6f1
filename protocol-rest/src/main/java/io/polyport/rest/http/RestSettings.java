package io.polyport.rest.http;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * REST options an operator sets with system properties or environment variables, since protocols do not read
 * the server's configuration: {@code polyport.rest.cors.allowedOrigins} / {@code POLYPORT_REST_CORS_ALLOWED_ORIGINS}
 * (comma-separated origins, or {@code *}; none by default) and {@code polyport.rest.requireIfMatch} /
 * {@code POLYPORT_REST_REQUIRE_IF_MATCH} ({@code true} by default: writes to an existing resource without
 * {@code If-Match} get 428).
 *
 * @param allowedOrigins origins allowed to call cross-site; {@code *} allows any
 * @param requireIfMatch whether writes must carry {@code If-Match}
 */
public record RestSettings(Set<String> allowedOrigins, boolean requireIfMatch) {
    public RestSettings {
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    static final String ORIGINS_PROPERTY = "polyport.rest.cors.allowedOrigins";
    static final String ORIGINS_VARIABLE = "POLYPORT_REST_CORS_ALLOWED_ORIGINS";
    static final String IF_MATCH_PROPERTY = "polyport.rest.requireIfMatch";
    static final String IF_MATCH_VARIABLE = "POLYPORT_REST_REQUIRE_IF_MATCH";

    /** The settings from system properties, falling back to environment variables, then to the defaults. */
    public static RestSettings fromEnvironment() {
        return of(setting(ORIGINS_PROPERTY, ORIGINS_VARIABLE), setting(IF_MATCH_PROPERTY, IF_MATCH_VARIABLE));
    }

    /** Settings from their text forms (null for unset): comma-separated origins and a boolean. */
    static RestSettings of(String origins, String requireIfMatch) {
        return new RestSettings(origins == null ? Set.of() : Arrays.stream(origins.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()),
                requireIfMatch == null || Boolean.parseBoolean(requireIfMatch.strip()));
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    /** Whether a browser page from {@code origin} may call the API. */
    public boolean allowsOrigin(String origin) {
        return allowedOrigins.contains("*") || allowedOrigins.contains(origin);
    }
}
