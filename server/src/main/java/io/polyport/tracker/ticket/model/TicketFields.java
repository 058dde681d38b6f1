package io.polyport.tracker.ticket.model;

import io.polyport.core.error.RpcException;
import io.polyport.core.value.DateTimes;
import io.polyport.tracker.ticket.CustomFieldConfig;
import io.polyport.tracker.ticket.Micros;
import io.polyport.tracker.ticket.TicketConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ticket fields, standard ones in Trac's order followed by the custom fields of the configuration, and the
 * rules that turn a client's attribute value into the string stored for a field.
 */
public final class TicketFields {
    /** The standard fields stored as columns of the {@code ticket} table, in Trac's order. */
    public static final List<String> STANDARD = List.of("summary", "reporter", "owner", "description", "type",
            "status", "priority", "milestone", "component", "version", "severity", "resolution", "keywords", "cc");
    /** The two time fields every ticket has besides its stored fields. */
    public static final List<String> TIMES = List.of("time", "changetime");

    private static final Pattern CUSTOM_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("id", "time", "changetime", "action", "comment", "_ts",
            "order", "desc", "group", "groupdesc", "max", "page", "col", "row", "report", "format", "verbose", "or");

    private final Map<String, FieldDef> byName;

    public TicketFields(TicketConfig config) {
        Map<String, FieldDef> fields = new LinkedHashMap<>();
        for (FieldDef field : standardFields(config)) {
            fields.put(field.name(), field);
        }
        config.custom().stream()
                .sorted(Comparator.comparing(CustomFieldConfig::order).thenComparing(CustomFieldConfig::name,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(TicketFields::customField)
                .forEach(field -> {
                    if (fields.putIfAbsent(field.name(), field) != null) {
                        throw new IllegalArgumentException("ticket field '" + field.name() + "' is declared twice");
                    }
                });
        this.byName = fields;
    }

    private static List<FieldDef> standardFields(TicketConfig config) {
        return List.of(
                FieldDef.standard("summary", FieldType.TEXT, "Summary"),
                FieldDef.standard("reporter", FieldType.TEXT, "Reporter"),
                FieldDef.standard("owner", FieldType.TEXT, "Owner"),
                FieldDef.standard("description", FieldType.TEXTAREA, "Description").withFormat("wiki"),
                FieldDef.standard("type", FieldType.SELECT, "Type").withDefault(config.defaultType()),
                FieldDef.standard("status", FieldType.SELECT, "Status").asOptional(),
                FieldDef.standard("priority", FieldType.SELECT, "Priority").withDefault(config.defaultPriority()),
                FieldDef.standard("milestone", FieldType.SELECT, "Milestone").asOptional(),
                FieldDef.standard("component", FieldType.SELECT, "Component"),
                FieldDef.standard("version", FieldType.SELECT, "Version").asOptional(),
                FieldDef.standard("severity", FieldType.SELECT, "Severity"),
                FieldDef.standard("resolution", FieldType.SELECT, "Resolution").asOptional()
                        .withDefault(config.defaultResolution()),
                FieldDef.standard("keywords", FieldType.TEXT, "Keywords").withFormat("list"),
                FieldDef.standard("cc", FieldType.TEXT, "Cc").withFormat("list"),
                FieldDef.standard("time", FieldType.TIME, "Created").withFormat("relative"),
                FieldDef.standard("changetime", FieldType.TIME, "Modified").withFormat("relative"));
    }

    private static FieldDef customField(CustomFieldConfig config) {
        String name = config.name();
        if (name == null || !CUSTOM_NAME.matcher(name).matches() || RESERVED.contains(name)) {
            throw new IllegalArgumentException("invalid custom ticket field name '" + name + "'");
        }
        FieldType type;
        try {
            type = FieldType.parse(config.type());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("custom ticket field '" + name + "': " + e.getMessage(), e);
        }
        if (type.hasOptions() && config.options().isEmpty()) {
            throw new IllegalArgumentException("custom ticket field '" + name + "' needs options");
        }
        String value = config.value();
        if (type.hasOptions() && !value.isEmpty() && !config.options().contains(value)) {
            throw new IllegalArgumentException("custom ticket field '" + name + "': default '" + value
                    + "' is not one of its options");
        }
        boolean optional = type.hasOptions() && config.options().contains("");
        return new FieldDef(name, type, config.label(), config.format(), value, config.options(), optional, true);
    }

    /** Every field: the stored standard ones, the two times, then the custom ones. */
    public List<FieldDef> all() {
        return List.copyOf(byName.values());
    }

    /** The names of the fields a ticket stores (standard then custom), without the two times. */
    public List<String> storedNames() {
        return byName.keySet().stream().filter(name -> !TIMES.contains(name)).toList();
    }

    /** The custom fields. */
    public List<FieldDef> custom() {
        return byName.values().stream().filter(FieldDef::custom).toList();
    }

    public Optional<FieldDef> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean isCustom(String name) {
        FieldDef field = byName.get(name);
        return field != null && field.custom();
    }

    /** The values of a new ticket before the client's attributes are applied. */
    public Map<String, String> defaults() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : storedNames()) {
            FieldDef field = byName.get(name);
            values.put(name, field.defaultValue() == null || name.equals("resolution") ? "" : field.defaultValue());
        }
        return values;
    }

    /**
     * Converts a client's value for {@code name} into its stored string: line ends become {@code \n}, booleans
     * {@code 1}/{@code 0}, date-times microseconds.
     *
     * @throws RpcException naming the field when the value does not fit it
     */
    public String normalize(String name, Object value) {
        FieldDef field = byName.get(name);
        if (field == null || TIMES.contains(name)) {
            throw RpcException.invalidField(name, "Unknown ticket field '" + name + "'.");
        }
        return switch (field.type()) {
            case CHECKBOX -> checkbox(name, value);
            case TIME -> time(name, value);
            default -> text(name, value);
        };
    }

    /** The value of a stored field as {@code ticket.get} returns it (time fields as date-times). */
    public Object present(String name, String stored) {
        FieldDef field = byName.get(name);
        if (field != null && field.type() == FieldType.TIME && !stored.isEmpty()) {
            return Micros.toInstant(Long.parseLong(stored));
        }
        return stored;
    }

    private static String text(String name, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s.replace("\r\n", "\n");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof Boolean b ? (b ? "1" : "0") : value.toString();
        }
        throw RpcException.invalidField(name, "The ticket field " + name + " needs a string value.");
    }

    private static String checkbox(String name, Object value) {
        String text = value instanceof Boolean b ? (b ? "1" : "0") : text(name, value).strip();
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "on", "yes" -> "1";
            case "0", "false", "off", "no", "" -> "0";
            default -> throw RpcException.invalidField(name,
                    "The ticket field " + name + " is invalid: \"" + text + "\" is not a checkbox value (0 or 1)");
        };
    }

    private static String time(String name, Object value) {
        if (value instanceof Instant instant) {
            return Long.toString(Micros.of(instant));
        }
        String text = text(name, value).strip();
        if (text.isEmpty()) {
            return "";
        }
        try {
            return Long.toString(Micros.of(DateTimes.parse(text)));
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidField(name,
                    "The ticket field " + name + " is invalid: \"" + text + "\" is not a date-time");
        }
    }

    /** Builds the field list as returned by getTicketFields given options resolved by the caller. */
    public List<Map<String, Object>> describe(FieldOptions options) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (FieldDef field : byName.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", field.name());
            entry.put("type", field.type().wireName());
            entry.put("label", field.label());
            if (field.format() != null) {
                entry.put("format", field.format());
            }
            if (field.defaultValue() != null) {
                entry.put("value", field.defaultValue());
            }
            if (field.type().hasOptions()) {
                List<String> values = options.of(field);
                if (values.isEmpty()) {
                    continue;
                }
                entry.put("options", values);
            }
            if (field.optional()) {
                entry.put("optional", true);
            }
            if (field.custom()) {
                entry.put("custom", true);
            }
            result.add(entry);
        }
        return result;
    }
}
