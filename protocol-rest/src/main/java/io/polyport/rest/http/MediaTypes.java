package io.polyport.rest.http;

import java.util.Locale;

/** Media type checks for content negotiation: which bodies are JSON, what an {@code Accept} header allows. */
final class MediaTypes {
    private MediaTypes() {
    }

    /** The media type without parameters, lower case; empty for none. */
    static String base(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a media type is JSON ({@code application/json} or a {@code +json} type). */
    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** Whether an {@code Accept} header (null for none) admits {@code mediaType}. */
    static boolean accepts(String accept, String mediaType) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String candidate = base(parts[0]);
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().replace(" ", "");
                refused |= parameter.equals("q=0") || parameter.matches("q=0(\\.0*)?");
            }
            if (!refused && (candidate.equals("*/*") || candidate.equals(type + "/*") || candidate.equals(mediaType)
                    || (candidate.endsWith("+json") && mediaType.equals("application/json")))) {
                return true;
            }
        }
        return false;
    }
}
