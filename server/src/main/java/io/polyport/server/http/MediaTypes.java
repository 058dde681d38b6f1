package io.polyport.server.http;

import java.util.Locale;

/** Small helpers for Content-Type and Accept headers. */
final class MediaTypes {
    private MediaTypes() {
    }

    /** The media type of a Content-Type header: the part before {@code ;}, trimmed, lower case. */
    static String of(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether an Accept header lists an entry starting with {@code text/html}. */
    static boolean acceptsHtml(String accept) {
        if (accept == null) {
            return false;
        }
        for (String entry : accept.split(",")) {
            if (entry.strip().toLowerCase(Locale.ROOT).startsWith("text/html")) {
                return true;
            }
        }
        return false;
    }
}
