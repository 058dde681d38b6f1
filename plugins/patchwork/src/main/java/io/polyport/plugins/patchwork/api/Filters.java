package io.polyport.plugins.patchwork.api;

import io.polyport.core.plugin.PluginDatabase.Dialect;
import io.polyport.plugins.patchwork.store.Conditions;
import io.polyport.plugins.patchwork.store.Conditions.Kind;
import io.polyport.plugins.patchwork.store.Patches;
import io.polyport.plugins.patchwork.store.People;
import io.polyport.plugins.patchwork.store.Person;
import io.polyport.plugins.patchwork.store.Projects;
import io.polyport.plugins.patchwork.store.States;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The filter structs of {@code patch_list} and {@code check_list} ({@code {"project_id": 1, "name__icontains":
 * "x", "max_count": -5}}) read as Patchwork reads them: an unknown field or lookup type, or a project, person or
 * state that does not exist, selects nothing.
 */
final class Filters {
    private static final String MAX_COUNT = "max_count";

    /** What a filter selects: the conditions and the {@code max_count}. */
    record Selection(Conditions conditions, int maxCount) {
    }

    private record Field(String column, Kind kind) {
    }

    /** A key naming a related object by id: adds its condition, or answers false to select nothing. */
    @FunctionalInterface
    private interface Relation {
        boolean apply(Connection c, Conditions conditions, long id) throws SQLException;
    }

    /** The keys one list method accepts: plain fields and relations. */
    private record Keys(Map<String, Field> fields, Map<String, Relation> relations) {
        boolean accepts(String key) {
            return fields.containsKey(key) || relations.containsKey(key) || key.equals(MAX_COUNT);
        }
    }

    private static final Keys PATCH_KEYS = new Keys(Map.of(
            "id", new Field("p.id", Kind.NUMBER),
            "name", new Field("p.name", Kind.TEXT),
            "archived", new Field("p.archived", Kind.BOOLEAN),
            "date", new Field("p.date", Kind.DATE),
            "commit_ref", new Field("p.commit_ref", Kind.TEXT),
            "hash", new Field("p.hash", Kind.TEXT),
            "msgid", new Field("p.msgid", Kind.TEXT)), Map.of(
            "project_id", (c, conditions, id) ->
                    restrict(Projects.byId(c, id).isPresent(), conditions, "p.project_id", id),
            "submitter_id", (c, conditions, id) ->
                    restrict(People.byId(c, id).isPresent(), conditions, "p.submitter_id", id),
            "state_id", (c, conditions, id) ->
                    restrict(States.byId(c, id).isPresent(), conditions, "p.state_id", id),
            "delegate_id", (c, conditions, id) -> {
                Optional<Person> person = People.byId(c, id);
                if (person.isPresent()) {
                    throw Faults.valueError("Cannot query \"" + person.get().display()
                            + "\": Must be \"User\" instance.");
                }
                return false;
            }));

    private static final Keys CHECK_KEYS = new Keys(Map.of(
            "id", new Field("c.id", Kind.NUMBER),
            "user", new Field("c.account_id", Kind.NUMBER)), Map.of(
            "project_id", (c, conditions, id) ->
                    restrict(existing(Projects.byId(c, id).isPresent()), conditions, "p.project_id", id),
            "patch_id", (c, conditions, id) ->
                    restrict(existing(Patches.byId(c, id).isPresent()), conditions, "c.patch_id", id)));

    private Filters() {
    }

    static Optional<Selection> patches(Connection c, Dialect dialect, Map<String, Object> filter)
            throws SQLException {
        return select(c, dialect, filter, PATCH_KEYS);
    }

    static Optional<Selection> checks(Connection c, Dialect dialect, Map<String, Object> filter)
            throws SQLException {
        return select(c, dialect, filter, CHECK_KEYS);
    }

    private static Optional<Selection> select(Connection c, Dialect dialect, Map<String, Object> filter, Keys keys)
            throws SQLException {
        Conditions conditions = new Conditions(dialect);
        int maxCount = 0;
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String[] parts = entry.getKey().split("__", -1);
            Object value = entry.getValue();
            if (!keys.accepts(parts[0]) || !knownLookup(parts)) {
                return Optional.empty();
            }
            if (parts[0].equals(MAX_COUNT)) {
                maxCount = Slices.count(value);
            } else if (keys.relations().containsKey(parts[0])) {
                if (!keys.relations().get(parts[0]).apply(c, conditions, Values.id(value))) {
                    return Optional.empty();
                }
            } else {
                add(conditions, keys.fields().get(parts[0]), parts, value);
            }
        }
        return Optional.of(new Selection(conditions, maxCount));
    }

    /** Adds {@code column = id} when the related object exists; whether it does. */
    private static boolean restrict(boolean exists, Conditions conditions, String column, long id) {
        if (exists) {
            conditions.equal(column, id);
        }
        return exists;
    }

    /** {@code check_list} indexes the related object's query result, so a missing one faults as Python does. */
    private static boolean existing(boolean exists) {
        if (!exists) {
            throw Faults.indexError();
        }
        return true;
    }

    private static boolean knownLookup(String[] parts) {
        return parts.length == 1 || (parts.length == 2 && Conditions.LOOKUPS.contains(parts[1])
                && !parts[1].equals("exact"));
    }

    private static void add(Conditions conditions, Field field, String[] parts, Object value) {
        try {
            conditions.add(field.column(), field.kind(), parts.length == 1 ? "exact" : parts[1], value);
        } catch (IllegalArgumentException e) {
            throw Faults.valueError(e.getMessage());
        }
    }
}
