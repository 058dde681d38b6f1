package io.polyport.tracker.ticket.model;

import static io.polyport.server.db.Tables.COMPONENT;
import static io.polyport.server.db.Tables.MILESTONE;
import static io.polyport.server.db.Tables.TICKET_ENUM;
import static io.polyport.server.db.Tables.VERSION;

import io.polyport.core.error.RpcException;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/**
 * The allowed values of select and radio fields, read from the data they come from (enums, milestones,
 * components, versions, the workflow's statuses, a custom field's declared options), and the check that a
 * changed value is one of them.
 */
public final class FieldOptions {
    /** The enum tables' types, which are also the names of the ticket fields they fill. */
    public static final List<String> ENUM_FIELDS = List.of("type", "priority", "severity", "resolution");

    private final DSLContext dsl;
    private final List<String> statuses;

    public FieldOptions(DSLContext dsl, List<String> statuses) {
        this.dsl = dsl;
        this.statuses = statuses;
    }

    /** The options of {@code field}, in display order; empty for fields without options. */
    public List<String> of(FieldDef field) {
        if (field.custom()) {
            return field.customOptions().stream().filter(option -> !option.isEmpty()).toList();
        }
        String name = field.name();
        if (ENUM_FIELDS.contains(name)) {
            return enumNames(dsl, name);
        }
        return switch (name) {
            case "status" -> statuses;
            case "milestone" -> milestoneNames(dsl);
            case "component" -> componentNames(dsl);
            case "version" -> versionNames(dsl);
            default -> List.of();
        };
    }

    /** Milestone names: open ones first, by due date (none last), then completed ones, then by name. */
    public static List<String> milestoneNames(DSLContext dsl) {
        return dsl.select(MILESTONE.NAME).from(MILESTONE)
                .orderBy(MILESTONE.COMPLETED.isNotNull(), MILESTONE.DUE.isNull(), MILESTONE.DUE, MILESTONE.NAME)
                .fetch(MILESTONE.NAME);
    }

    /** Component names, sorted. */
    public static List<String> componentNames(DSLContext dsl) {
        return dsl.select(COMPONENT.NAME).from(COMPONENT).orderBy(COMPONENT.NAME).fetch(COMPONENT.NAME);
    }

    /** Version names by release time (none last), then by name. */
    public static List<String> versionNames(DSLContext dsl) {
        return dsl.select(VERSION.NAME).from(VERSION).orderBy(VERSION.TIME.isNull(), VERSION.TIME, VERSION.NAME)
                .fetch(VERSION.NAME);
    }

    /** The names of enum {@code type}, in the order of their values. */
    public static List<String> enumNames(DSLContext dsl, String type) {
        return dsl.select(TICKET_ENUM.NAME).from(TICKET_ENUM).where(TICKET_ENUM.TYPE.eq(type))
                .orderBy(TICKET_ENUM.VALUE.cast(SQLDataType.INTEGER), TICKET_ENUM.NAME)
                .fetch(TICKET_ENUM.NAME);
    }

    /**
     * Checks every changed select or radio value against its options. An empty value is allowed except for
     * the status.
     *
     * @throws RpcException naming the first invalid field; nothing has been written then
     */
    public void validate(TicketFields fields, Map<String, String> changes) {
        for (Map.Entry<String, String> change : changes.entrySet()) {
            FieldDef field = fields.find(change.getKey()).orElseThrow();
            String value = change.getValue();
            boolean emptyAllowed = !field.name().equals("status");
            if (field.type().hasOptions() && !(value.isEmpty() && emptyAllowed) && !of(field).contains(value)) {
                throw RpcException.invalidField(field.name(), "The ticket field " + field.name() + " is invalid: \""
                        + value + "\" is not a valid value");
            }
        }
    }
}
