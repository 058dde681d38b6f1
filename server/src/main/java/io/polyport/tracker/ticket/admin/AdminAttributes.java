package io.polyport.tracker.ticket.admin;

import io.polyport.core.error.RpcException;
import io.polyport.core.value.DateTimes;
import io.polyport.tracker.ticket.Micros;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Reads the attribute structs clients send to create or update milestones, components and versions. */
final class AdminAttributes {
    private final String what;
    private final Map<String, Object> attributes;

    AdminAttributes(String what, Map<String, Object> attributes, Set<String> known) {
        this.what = what;
        this.attributes = attributes == null ? Map.of() : attributes;
        for (String key : this.attributes.keySet()) {
            if (!known.contains(key)) {
                throw RpcException.invalidField(key, what + " has no attribute '" + key + "'; known: "
                        + String.join(", ", known.stream().sorted().toList()) + ".");
            }
        }
    }

    boolean has(String key) {
        return attributes.containsKey(key);
    }

    /** The string attribute {@code key}, or {@code absent} when not given. */
    String string(String key, String absent) {
        if (!attributes.containsKey(key)) {
            return absent;
        }
        Object value = attributes.get(key);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String text)) {
            throw RpcException.invalidField(key, what + " attribute '" + key + "' must be a string.");
        }
        return text.replace("\r\n", "\n");
    }

    /** The date-time attribute {@code key} in microseconds; null for unset (absent, empty, 0 or nil). */
    Long time(String key) {
        Object value = attributes.get(key);
        if (value == null || "".equals(value) || (value instanceof Number n && n.longValue() == 0)) {
            return null;
        }
        if (value instanceof Instant instant) {
            return Micros.of(instant);
        }
        if (value instanceof String text) {
            try {
                return Micros.of(DateTimes.parse(text));
            } catch (IllegalArgumentException e) {
                throw RpcException.invalidField(key, what + " attribute '" + key + "' is not a date-time: " + text);
            }
        }
        throw RpcException.invalidField(key, what + " attribute '" + key + "' must be a date-time or 0.");
    }

    /** A stored time for clients: the date-time, or 0 when unset (Trac's form). */
    static Object present(Long micros) {
        return micros == null ? Integer.valueOf(0) : Micros.toInstant(micros);
    }

    /** A name for a new or renamed object: trimmed, not empty. */
    static String name(String what, String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw RpcException.invalidField("name", what + " name cannot be empty.");
        }
        return trimmed;
    }
}
