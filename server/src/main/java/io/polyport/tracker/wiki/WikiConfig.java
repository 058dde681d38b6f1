package io.polyport.tracker.wiki;

import java.util.Locale;

/**
 * The {@code wiki} configuration section.
 *
 * @param baseUrl            the public URL rendered pages link to; unset: {@code server.baseUrl}, else
 *                           {@code http://127.0.0.1:8080} (see {@link TrackerUrls#resolveBaseUrl})
 * @param maxAttachmentBytes the largest attachment accepted, default 10 MiB (as for ticket attachments)
 * @param defaultFormat      how page text is read unless it starts with {@code #!markdown}: {@code trac}
 *                           (Trac WikiFormatting, the default) or {@code markdown} (CommonMark)
 */
public record WikiConfig(String baseUrl, Integer maxAttachmentBytes, String defaultFormat) {
    public WikiConfig {
        maxAttachmentBytes = maxAttachmentBytes == null ? 10 * 1024 * 1024 : maxAttachmentBytes;
        defaultFormat = defaultFormat == null ? "trac" : defaultFormat.strip().toLowerCase(Locale.ROOT);
        if (!defaultFormat.equals("trac") && !defaultFormat.equals("markdown")) {
            throw new IllegalArgumentException("wiki.defaultFormat must be 'trac' or 'markdown', not '"
                    + defaultFormat + "'");
        }
    }

    /** A configuration with the default format, {@code trac}. */
    public WikiConfig(String baseUrl, Integer maxAttachmentBytes) {
        this(baseUrl, maxAttachmentBytes, null);
    }

    /** Whether pages are CommonMark unless they say otherwise. */
    boolean markdownByDefault() {
        return defaultFormat.equals("markdown");
    }
}
