package io.polyport.tracker.wiki;

/**
 * The {@code wiki} configuration section.
 *
 * @param baseUrl            the public URL rendered pages link to; unset: {@code server.baseUrl}, else
 *                           {@code http://127.0.0.1:8080} (see {@link TrackerUrls#resolveBaseUrl})
 * @param maxAttachmentBytes the largest attachment accepted, default 10 MiB (as for ticket attachments)
 */
public record WikiConfig(String baseUrl, Integer maxAttachmentBytes) {
    public WikiConfig {
        maxAttachmentBytes = maxAttachmentBytes == null ? 10 * 1024 * 1024 : maxAttachmentBytes;
    }
}
