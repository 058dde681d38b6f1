package io.polyport.tracker.wiki;

import io.polyport.server.config.Config;
import io.polyport.server.config.ServerConfig;
import java.nio.charset.StandardCharsets;

/**
 * Absolute URLs of the tracker's resources (pages, tickets, milestones, attachments) under a configured base
 * URL, in Trac's layout: {@code <base>/wiki/Page}, {@code <base>/ticket/1}, {@code <base>/milestone/m1},
 * {@code <base>/raw-attachment/wiki/Page/file}. Path segments are percent-encoded.
 *
 * @param base the public base URL, without a trailing slash
 */
public record TrackerUrls(String base) {
    /** The base URL when neither the section nor {@code server.baseUrl} names one. */
    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";

    public TrackerUrls {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * The base URL a service uses: its own section's {@code baseUrl} if configured, else {@code server.baseUrl},
     * else {@value #DEFAULT_BASE_URL}. Services never see the request, so they cannot use its Host header.
     */
    public static String resolveBaseUrl(String configured, Config config) {
        if (configured != null) {
            return configured;
        }
        String server = config.section("server", ServerConfig.class).baseUrl();
        return server != null ? server : DEFAULT_BASE_URL;
    }

    public String wiki(String page) {
        return base + "/wiki/" + encodePath(page);
    }

    public String ticket(long id) {
        return base + "/ticket/" + id;
    }

    public String milestone(String name) {
        return base + "/milestone/" + encodeSegment(name);
    }

    public String rawAttachment(String page, String filename) {
        return rawAttachment("wiki", page, filename);
    }

    /** The page describing attachment {@code file} of a {@code wiki} page or a {@code ticket}. */
    public String attachment(String realm, String id, String file) {
        return base + "/attachment/" + realm + "/" + encodePath(id) + "/" + encodeSegment(file);
    }

    /** The content of attachment {@code file} of a {@code wiki} page or a {@code ticket}. */
    public String rawAttachment(String realm, String id, String file) {
        return base + "/raw-attachment/" + realm + "/" + encodePath(id) + "/" + encodeSegment(file);
    }

    public String report(String id) {
        return base + "/report/" + encodeSegment(id);
    }

    public String search(String terms) {
        return base + "/search?q=" + encodeSegment(terms);
    }

    /** The ticket query page with {@code query} (an already encoded query string) appended. */
    public String query(String query) {
        return base + "/query" + (query.isEmpty() ? "" : "?" + query);
    }

    /** An absolute path on this server ({@code /chrome/x.png}) as an absolute URL. */
    public String absolute(String path) {
        return base + path;
    }

    /** Percent-encodes every segment of a slash-separated path, keeping the slashes. */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(encodeSegment(segment));
        }
        return out.toString();
    }

    /** Percent-encodes one path segment: everything but RFC 3986 unreserved characters. */
    public static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
