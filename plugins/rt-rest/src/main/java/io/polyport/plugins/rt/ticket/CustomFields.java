package io.polyport.plugins.rt.ticket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields RT clients reach as {@code CF.{Label}} (or {@code CF-Label}, {@code CustomField-Label}): Polyport's
 * custom fields, and its own fields RT has no name for (type, milestone, version, keywords, severity), each under
 * its label. RT's time fields mapped onto custom fields are left out here; {@link TimeFields} shows them.
 */
public final class CustomFields {
    private static final Pattern NEW_STYLE = Pattern.compile("(?i)CF\\.\\{(.+)\\}");
    private static final Pattern OLD_STYLE = Pattern.compile("(?i)C(?:ustom)?F(?:ield)?-(.+)");
    private static final Set<String> POLYPORT_ONLY = Set.of("type", "milestone", "version", "keywords", "severity");

    /**
     * One field reachable as a custom field.
     *
     * @param name    Polyport's field name
     * @param label   its label, the name RT clients use
     * @param options the allowed values of a select or radio field, empty when any value goes
     */
    public record Field(String name, String label, List<String> options) {
        /** Whether {@code value} may be stored (empty always may). */
        public boolean accepts(String value) {
            return options.isEmpty() || value.isEmpty() || options.contains(value);
        }
    }

    private final Map<String, Field> byLabel = new LinkedHashMap<>();

    /** From {@code ticket.getTicketFields}, without the fields in {@code reserved}. */
    public CustomFields(List<Map<String, Object>> ticketFields, Collection<String> reserved) {
        for (Map<String, Object> field : ticketFields) {
            String name = String.valueOf(field.get("name"));
            boolean custom = Boolean.TRUE.equals(field.get("custom"));
            if ((custom || POLYPORT_ONLY.contains(name)) && !reserved.contains(name)) {
                String label = String.valueOf(field.getOrDefault("label", name));
                List<String> options = new ArrayList<>();
                if (field.get("options") instanceof List<?> list) {
                    list.forEach(option -> options.add(String.valueOf(option)));
                }
                byLabel.put(label.toLowerCase(Locale.ROOT), new Field(name, label, List.copyOf(options)));
            }
        }
    }

    /** The fields in Polyport's order. */
    public Collection<Field> all() {
        return byLabel.values();
    }

    /** The label inside an RT custom-field key ({@code CF.{Need For Approval}} gives {@code Need For Approval}). */
    public static Optional<String> labelOf(String key) {
        for (Pattern pattern : List.of(NEW_STYLE, OLD_STYLE)) {
            Matcher matcher = pattern.matcher(key.strip());
            if (matcher.matches()) {
                return Optional.of(matcher.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** The field with {@code label}, ignoring case. */
    public Optional<Field> byLabel(String label) {
        return Optional.ofNullable(byLabel.get(label.toLowerCase(Locale.ROOT)));
    }

    /** The RT key of a field: {@code CF.{Label}}. */
    public static String key(Field field) {
        return "CF.{" + field.label() + "}";
    }
}
