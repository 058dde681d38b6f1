package io.polyport.tracker.search;

/**
 * The {@code search} configuration section.
 *
 * @param baseUrl    the public URL hit hrefs start with; unset: {@code server.baseUrl}, else
 *                   {@code http://127.0.0.1:8080}
 * @param maxResults the most hits one search returns, default 200 (Trac returns all; a cap keeps a search for a
 *                   common word over a large tracker fast)
 */
public record SearchConfig(String baseUrl, Integer maxResults) {
    public SearchConfig {
        maxResults = maxResults == null ? 200 : maxResults;
    }
}
