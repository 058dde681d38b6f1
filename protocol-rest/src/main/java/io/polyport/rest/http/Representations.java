package io.polyport.rest.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a read result becomes a resource body and its entity tag. A struct is the resource as is. A record tuple
 * ending in a struct, as Trac's {@code ticket.get} returns ({@code [id, created, changed, {fields}]}), is shown
 * as the struct with {@code id} first. The entity tag is the resource's own concurrency token when it has one
 * ({@code _ts}, else {@code version}), otherwise a digest of the body.
 */
public final class Representations {
    /** The fields that carry a resource's own version, in order of preference. */
    static final List<String> VERSION_FIELDS = List.of("_ts", "version");

    private Representations() {
    }

    /** The resource body for a read result. */
    public static Object of(Object readResult) {
        if (readResult instanceof List<?> tuple && tuple.size() >= 2
                && tuple.get(tuple.size() - 1) instanceof Map<?, ?> fields && !(tuple.get(0) instanceof Map)
                && !(tuple.get(0) instanceof List)) {
            Map<String, Object> flat = new LinkedHashMap<>();
            flat.put("id", tuple.get(0));
            fields.forEach((k, v) -> flat.put(String.valueOf(k), v));
            return flat;
        }
        return readResult;
    }

    /** The resource's own version token ({@code _ts} or {@code version}), if it carries one. */
    public static Optional<String> versionToken(Object representation) {
        if (representation instanceof Map<?, ?> map) {
            for (String field : VERSION_FIELDS) {
                Object token = map.get(field);
                if (token != null && !(token instanceof Map) && !(token instanceof List)) {
                    return Optional.of(String.valueOf(token));
                }
            }
        }
        return Optional.empty();
    }

    /** The strong entity tag, quoted, for a resource and its encoded body. */
    public static String etag(Object representation, byte[] body) {
        return quote(versionToken(representation).orElseGet(() -> digest(body)));
    }

    /** A token as a quoted entity tag. */
    public static String quote(String token) {
        return "\"" + token.replace("\"", "") + "\"";
    }

    /** Whether an {@code If-Match} / {@code If-None-Match} list names {@code etag} (or is {@code *}). */
    public static boolean matches(String condition, String etag) {
        for (String candidate : condition.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** The token inside a single quoted entity tag, e.g. {@code 123} for {@code "123"}. */
    public static String unquote(String etag) {
        String tag = etag.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    }

    /** A short hex digest of bytes: entity tags of bodies without a version, idempotency fingerprints. */
    static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
