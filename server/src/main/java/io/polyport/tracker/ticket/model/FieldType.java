package io.polyport.tracker.ticket.model;

import java.util.Locale;

/** The kinds of ticket field, with the names {@code ticket.getTicketFields} reports. */
public enum FieldType {
    TEXT, TEXTAREA, SELECT, RADIO, CHECKBOX, TIME;

    /** The lower-case name used on the wire and in the configuration. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether values must be one of the field's options. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO;
    }

    /** The type named {@code name} in the configuration. */
    public static FieldType parse(String name) {
        for (FieldType type : values()) {
            if (type.wireName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown ticket field type '" + name + "'");
    }
}
