package io.polyport.tracker.ticket.admin;

import static io.polyport.server.db.Tables.VERSION;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.server.db.tables.records.VersionRecord;
import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.model.FieldOptions;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Versions in the {@code version} table. */
@Singleton
public final class VersionAdmin implements VersionService {
    private static final Set<String> ATTRIBUTES = Set.of("name", "time", "description");

    private final Database database;
    private final TicketReferences references;

    @Inject
    public VersionAdmin(Database database, TicketReferences references) {
        this.database = database;
        this.references = references;
    }

    @Override
    public List<String> getAll() {
        return FieldOptions.versionNames(database.dsl());
    }

    @Override
    public Map<String, Object> get(String name) {
        VersionRecord row = require(database.dsl(), name);
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("name", row.getName());
        version.put("time", AdminAttributes.present(row.getTime()));
        version.put("description", row.getDescription());
        return version;
    }

    @Override
    public void delete(String name, Caller caller) {
        database.transaction(dsl -> {
            require(dsl, name).delete();
            references.clear(dsl, "version", name, caller.name(), "Version " + name + " deleted.");
            return null;
        });
    }

    @Override
    public void create(String name, Map<String, Object> attributes) {
        String newName = AdminAttributes.name("Version", name);
        AdminAttributes attrs = new AdminAttributes("Version", attributes, ATTRIBUTES);
        database.transaction(dsl -> {
            if (dsl.fetchExists(VERSION, VERSION.NAME.eq(newName))) {
                throw RpcException.conflict("Version \"" + newName + "\" already exists.");
            }
            dsl.insertInto(VERSION, VERSION.NAME, VERSION.TIME, VERSION.DESCRIPTION)
                    .values(newName, attrs.time("time"), attrs.string("description", "")).execute();
            return null;
        });
    }

    @Override
    public void update(String name, Map<String, Object> attributes) {
        AdminAttributes attrs = new AdminAttributes("Version", attributes, ATTRIBUTES);
        database.transaction(dsl -> {
            VersionRecord row = require(dsl, name);
            String newName = attrs.has("name") ? AdminAttributes.name("Version", attrs.string("name", name)) : name;
            if (!newName.equals(name) && dsl.fetchExists(VERSION, VERSION.NAME.eq(newName))) {
                throw RpcException.conflict("Version \"" + newName + "\" already exists.");
            }
            dsl.update(VERSION)
                    .set(VERSION.NAME, newName)
                    .set(VERSION.TIME, attrs.has("time") ? attrs.time("time") : row.getTime())
                    .set(VERSION.DESCRIPTION, attrs.string("description", row.getDescription()))
                    .where(VERSION.NAME.eq(name))
                    .execute();
            if (!newName.equals(name)) {
                references.rename(dsl, "version", name, newName);
            }
            return null;
        });
    }

    private static VersionRecord require(DSLContext dsl, String name) {
        VersionRecord row = dsl.selectFrom(VERSION).where(VERSION.NAME.eq(name)).fetchOne();
        if (row == null) {
            throw RpcException.notFound("Version " + name + " does not exist.");
        }
        return row;
    }
}
