package io.polyport.tracker.wiki;

/**
 * The {@code wiki} configuration section.
 *
 * @param baseUrl            the public URL rendered pages link to, default {@code http://127.0.0.1:8080}
 * @param maxAttachmentBytes the largest attachment accepted, default 10 MiB (as for ticket attachments)
 */
public record WikiConfig(String baseUrl, Integer maxAttachmentBytes) {
    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";

    public WikiConfig {
        baseUrl = baseUrl == null ? DEFAULT_BASE_URL : baseUrl;
        maxAttachmentBytes = maxAttachmentBytes == null ? 10 * 1024 * 1024 : maxAttachmentBytes;
    }
}
