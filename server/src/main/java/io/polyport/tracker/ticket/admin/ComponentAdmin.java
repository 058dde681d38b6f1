package io.polyport.tracker.ticket.admin;

import static io.polyport.server.db.Tables.COMPONENT;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.server.db.tables.records.ComponentRecord;
import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.model.FieldOptions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Components in the {@code component} table. */
@Singleton
public final class ComponentAdmin implements ComponentService {
    private static final Set<String> ATTRIBUTES = Set.of("name", "owner", "description");

    private final Database database;
    private final TicketReferences references;

    @Inject
    public ComponentAdmin(Database database, TicketReferences references) {
        this.database = database;
        this.references = references;
    }

    @Override
    public List<String> getAll() {
        return FieldOptions.componentNames(database.dsl());
    }

    @Override
    public Component get(String name) {
        ComponentRecord row = require(database.dsl(), name);
        return new Component(row.getName(), row.getOwner(), row.getDescription());
    }

    @Override
    public void delete(String name, Caller caller) {
        database.transaction(dsl -> {
            require(dsl, name).delete();
            references.clear(dsl, "component", name, caller.name(), "Component " + name + " deleted.");
            return null;
        });
    }

    @Override
    public void create(String name, Map<String, Object> attributes) {
        String newName = AdminAttributes.name("Component", name);
        AdminAttributes attrs = new AdminAttributes("Component", attributes, ATTRIBUTES);
        database.transaction(dsl -> {
            if (dsl.fetchExists(COMPONENT, COMPONENT.NAME.eq(newName))) {
                throw RpcException.conflict("Component \"" + newName + "\" already exists.");
            }
            dsl.insertInto(COMPONENT, COMPONENT.NAME, COMPONENT.OWNER, COMPONENT.DESCRIPTION)
                    .values(newName, attrs.string("owner", "").strip(), attrs.string("description", "")).execute();
            return null;
        });
    }

    @Override
    public void update(String name, Map<String, Object> attributes) {
        AdminAttributes attrs = new AdminAttributes("Component", attributes, ATTRIBUTES);
        database.transaction(dsl -> {
            ComponentRecord row = require(dsl, name);
            String newName = attrs.has("name") ? AdminAttributes.name("Component", attrs.string("name", name)) : name;
            if (!newName.equals(name) && dsl.fetchExists(COMPONENT, COMPONENT.NAME.eq(newName))) {
                throw RpcException.conflict("Component \"" + newName + "\" already exists.");
            }
            dsl.update(COMPONENT)
                    .set(COMPONENT.NAME, newName)
                    .set(COMPONENT.OWNER, attrs.string("owner", row.getOwner()).strip())
                    .set(COMPONENT.DESCRIPTION, attrs.string("description", row.getDescription()))
                    .where(COMPONENT.NAME.eq(name))
                    .execute();
            if (!newName.equals(name)) {
                references.rename(dsl, "component", name, newName);
            }
            return null;
        });
    }

    private static ComponentRecord require(DSLContext dsl, String name) {
        ComponentRecord row = dsl.selectFrom(COMPONENT).where(COMPONENT.NAME.eq(name)).fetchOne();
        if (row == null) {
            throw RpcException.notFound("Component " + name + " does not exist.");
        }
        return row;
    }
}
