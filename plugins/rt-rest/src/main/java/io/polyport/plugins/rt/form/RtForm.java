package io.polyport.plugins.rt.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One form of RT's text format: optional {@code # } comment lines, then {@code Key: value} fields in order (a key
 * may repeat; values may span continuation lines). Keys keep the spelling the client used; look-ups ignore case,
 * as RT's do.
 */
public final class RtForm {
    private final List<String> comments = new ArrayList<>();
    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** One key with its values in the order given. */
    public record Field(String key, List<String> values) {
        /** The values joined as RT joins a multi-valued key. */
        public String joined() {
            return String.join(", ", values);
        }
    }

    /** Adds a comment line, without its leading {@code # }. */
    public RtForm comment(String text) {
        comments.add(text);
        return this;
    }

    /** Sets {@code key} to one value, keeping the position of an earlier value. */
    public RtForm put(String key, String value) {
        fields.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new Field(key, new ArrayList<>())).values().clear();
        fields.get(key.toLowerCase(Locale.ROOT)).values().add(value);
        return this;
    }

    /** Adds a value to {@code key}, as a repeated key in a request does. */
    public RtForm add(String key, String value) {
        fields.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new Field(key, new ArrayList<>())).values()
                .add(value);
        return this;
    }

    public List<String> comments() {
        return List.copyOf(comments);
    }

    /** The fields in order. */
    public List<Field> fields() {
        return List.copyOf(fields.values());
    }

    /** The field named {@code key}, ignoring case. */
    public Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key.toLowerCase(Locale.ROOT)));
    }

    /** The joined value of {@code key}, ignoring case. */
    public Optional<String> value(String key) {
        return field(key).map(Field::joined);
    }

    /** Removes {@code key} and returns its joined value. */
    public Optional<String> take(String key) {
        Field field = fields.remove(key.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(field).map(Field::joined);
    }

    public boolean isEmpty() {
        return comments.isEmpty() && fields.isEmpty();
    }
}
