package io.polyport.tracker.ticket.admin;

import static io.polyport.server.db.Tables.TICKET_ENUM;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.model.FieldOptions;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/**
 * One ordered enum, stored in {@code ticket_enum} under its type. The nested classes publish it under each
 * enum's namespace.
 */
public abstract class EnumAdmin implements EnumService {
    private final Database database;
    private final TicketReferences references;
    private final String type;
    private final String label;

    EnumAdmin(Database database, TicketReferences references, String type, String label) {
        this.database = database;
        this.references = references;
        this.type = type;
        this.label = label;
    }

    @Override
    public List<String> getAll() {
        return FieldOptions.enumNames(database.dsl(), type);
    }

    @Override
    public String get(String name) {
        String value = value(database.dsl(), name);
        if (value == null) {
            throw notFound(name);
        }
        return value;
    }

    @Override
    public void delete(String name, Caller caller) {
        database.transaction(dsl -> {
            String value = value(dsl, name);
            if (value == null) {
                throw notFound(name);
            }
            dsl.deleteFrom(TICKET_ENUM).where(TICKET_ENUM.TYPE.eq(type), TICKET_ENUM.NAME.eq(name)).execute();
            int position = position(value);
            for (var row : dsl.selectFrom(TICKET_ENUM).where(TICKET_ENUM.TYPE.eq(type)).fetch()) {
                int current = position(row.getValue());
                if (current > position) {
                    row.setValue(Integer.toString(current - 1));
                    row.store();
                }
            }
            references.clear(dsl, type, name, caller.name(), label + " " + name + " deleted.");
            return null;
        });
    }

    @Override
    public void create(String name, String value) {
        String newName = AdminAttributes.name(label, name);
        database.transaction(dsl -> {
            if (value(dsl, newName) != null) {
                throw RpcException.conflict(label + " \"" + newName + "\" already exists.");
            }
            String position = value == null || value.isBlank() ? Integer.toString(last(dsl) + 1) : checked(value);
            dsl.insertInto(TICKET_ENUM, TICKET_ENUM.TYPE, TICKET_ENUM.NAME, TICKET_ENUM.VALUE)
                    .values(type, newName, position).execute();
            return null;
        });
    }

    @Override
    public void update(String name, String value) {
        String position = checked(value);
        database.transaction(dsl -> {
            int updated = dsl.update(TICKET_ENUM).set(TICKET_ENUM.VALUE, position)
                    .where(TICKET_ENUM.TYPE.eq(type), TICKET_ENUM.NAME.eq(name)).execute();
            if (updated == 0) {
                throw notFound(name);
            }
            return null;
        });
    }

    private String value(DSLContext dsl, String name) {
        return dsl.select(TICKET_ENUM.VALUE).from(TICKET_ENUM)
                .where(TICKET_ENUM.TYPE.eq(type), TICKET_ENUM.NAME.eq(name)).fetchOne(TICKET_ENUM.VALUE);
    }

    private int last(DSLContext dsl) {
        Integer max = dsl.select(org.jooq.impl.DSL.max(TICKET_ENUM.VALUE.cast(SQLDataType.INTEGER)))
                .from(TICKET_ENUM).where(TICKET_ENUM.TYPE.eq(type)).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    private String checked(String value) {
        try {
            return Integer.toString(Integer.parseInt(value == null ? "" : value.strip()));
        } catch (NumberFormatException e) {
            throw RpcException.invalidField("value", label + " value must be an integer position, not '" + value
                    + "'.");
        }
    }

    private static int position(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private RpcException notFound(String name) {
        return RpcException.notFound(label + " " + name + " does not exist.");
    }

    /** {@code ticket.type}. */
    @jakarta.inject.Singleton
    public static final class Types extends EnumAdmin implements TicketTypeService {
        @jakarta.inject.Inject
        public Types(Database database, TicketReferences references) {
            super(database, references, "type", "Type");
        }
    }

    /** {@code ticket.priority}. */
    @jakarta.inject.Singleton
    public static final class Priorities extends EnumAdmin implements TicketPriorityService {
        @jakarta.inject.Inject
        public Priorities(Database database, TicketReferences references) {
            super(database, references, "priority", "Priority");
        }
    }

    /** {@code ticket.severity}. */
    @jakarta.inject.Singleton
    public static final class Severities extends EnumAdmin implements TicketSeverityService {
        @jakarta.inject.Inject
        public Severities(Database database, TicketReferences references) {
            super(database, references, "severity", "Severity");
        }
    }

    /** {@code ticket.resolution}. */
    @jakarta.inject.Singleton
    public static final class Resolutions extends EnumAdmin implements TicketResolutionService {
        @jakarta.inject.Inject
        public Resolutions(Database database, TicketReferences references) {
            super(database, references, "resolution", "Resolution");
        }
    }
}
