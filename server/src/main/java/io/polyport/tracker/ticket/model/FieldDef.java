package io.polyport.tracker.ticket.model;

import java.util.List;

/**
 * The definition of one ticket field, standard or custom.
 *
 * @param name          the field name, as used in attributes and queries
 * @param type          what kind of values it holds
 * @param label         the label shown to users
 * @param format        a rendering hint ({@code wiki}, {@code list}, {@code relative}), or null
 * @param defaultValue  the value of a new ticket when none is given, or null for none
 * @param customOptions the options of a custom select or radio field (standard fields read theirs from the data)
 * @param optional      whether an empty value is a normal state of the field
 * @param custom        whether it is a custom field declared in the configuration
 */
public record FieldDef(String name, FieldType type, String label, String format, String defaultValue,
                       List<String> customOptions, boolean optional, boolean custom) {
    public FieldDef {
        customOptions = List.copyOf(customOptions);
    }

    static FieldDef standard(String name, FieldType type, String label) {
        return new FieldDef(name, type, label, null, null, List.of(), false, false);
    }

    FieldDef withFormat(String newFormat) {
        return new FieldDef(name, type, label, newFormat, defaultValue, customOptions, optional, custom);
    }

    FieldDef withDefault(String value) {
        return new FieldDef(name, type, label, format, value, customOptions, optional, custom);
    }

    FieldDef asOptional() {
        return new FieldDef(name, type, label, format, defaultValue, customOptions, true, custom);
    }
}
