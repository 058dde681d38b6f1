package io.polyport.rest.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
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

    /** The settings from system properties, falling back to environment variables, then to the defaults. */
    public static RestSettings fromEnvironment() {
        return from(name -> {
            String property = System.getProperty(name);
            return property != null ? property
                    : System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_')
                            .replace("ALLOWEDORIGINS", "ALLOWED_ORIGINS").replace("REQUIREIFMATCH", "REQUIRE_IF_MATCH"));
        });
    }

    static RestSettings from(Function<String, String> lookup) {
        String origins = lookup.apply("polyport.rest.cors.allowedOrigins");
        String requireIfMatch = lookup.apply("polyport.rest.requireIfMatch");
        return new RestSettings(origins == null ? Set.of() : Arrays.stream(origins.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()),
                requireIfMatch == null || Boolean.parseBoolean(requireIfMatch.strip()));
    }

    /** Whether a browser page from {@code origin} may call the API. */
    public boolean allowsOrigin(String origin) {
        return allowedOrigins.contains("*") || allowedOrigins.contains(origin);
    }
}
