package io.polyport.tracker.ticket;

import java.util.List;

/**
 * One custom ticket field as declared in the configuration, like a Trac {@code [ticket-custom]} entry.
 *
 * @param name    the field name: lower-case letters, digits and underscores, starting with a letter
 * @param type    {@code text} (default), {@code textarea}, {@code select}, {@code radio}, {@code checkbox} or
 *                {@code time}
 * @param label   the label shown to users; default: the name, capitalised
 * @param value   the default value; for a checkbox {@code 0} or {@code 1}
 * @param options the allowed values of a select or radio field
 * @param order   the position among the custom fields (ascending, then by name), default 0
 * @param format  {@code wiki} or {@code plain} for text areas, {@code list} for text, {@code relative},
 *                {@code date} or {@code datetime} for times
 */
public record CustomFieldConfig(String name, String type, String label, String value, List<String> options,
                                Integer order, String format) {
    public CustomFieldConfig {
        type = type == null ? "text" : type;
        label = label == null && name != null && !name.isEmpty()
                ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : label;
        value = value == null ? ("checkbox".equals(type) ? "0" : "") : value;
        options = options == null ? List.of() : List.copyOf(options);
        order = order == null ? 0 : order;
    }
}
