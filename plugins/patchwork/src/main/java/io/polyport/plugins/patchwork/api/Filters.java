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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The filter structs of {@code patch_list} and {@code check_list} ({@code {"project_id": 1, "name__icontains":
 * "x", "max_count": -5}}) read as Patchwork reads them: an unknown field or lookup type, or a project, person or
 * state that does not exist, selects nothing.
 */
final class Filters {
    /** What a filter selects: the conditions and the {@code max_count}. */
    record Selection(Conditions conditions, int maxCount) {
    }

    private record Field(String column, Kind kind) {
    }

    private static final Map<String, Field> PATCH_FIELDS = Map.of(
            "id", new Field("p.id", Kind.NUMBER),
            "name", new Field("p.name", Kind.TEXT),
            "archived", new Field("p.archived", Kind.BOOLEAN),
            "date", new Field("p.date", Kind.DATE),
            "commit_ref", new Field("p.commit_ref", Kind.TEXT),
            "hash", new Field("p.hash", Kind.TEXT),
            "msgid", new Field("p.msgid", Kind.TEXT));
    private static final List<String> PATCH_KEYS = List.of("id", "name", "project_id", "submitter_id",
            "delegate_id", "archived", "state_id", "date", "commit_ref", "hash", "msgid", "max_count");
    private static final Map<String, Field> CHECK_FIELDS = Map.of(
            "id", new Field("c.id", Kind.NUMBER),
            "user", new Field("c.account_id", Kind.NUMBER));
    private static final List<String> CHECK_KEYS = List.of("id", "user", "project_id", "patch_id", "max_count");

    private Filters() {
    }

    static Optional<Selection> patches(Connection c, Dialect dialect, Map<String, Object> filter)
            throws SQLException {
        Conditions conditions = new Conditions(dialect);
        int maxCount = 0;
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String[] parts = entry.getKey().split("__", -1);
            Object value = entry.getValue();
            if (!PATCH_KEYS.contains(parts[0]) || !knownLookup(parts)) {
                return Optional.empty();
            }
            switch (parts[0]) {
                case "project_id" -> {
                    if (Projects.byId(c, Values.id(value)).isEmpty()) {
                        return Optional.empty();
                    }
                    conditions.equal("p.project_id", Values.id(value));
                }
                case "submitter_id" -> {
                    if (People.byId(c, Values.id(value)).isEmpty()) {
                        return Optional.empty();
                    }
                    conditions.equal("p.submitter_id", Values.id(value));
                }
                case "delegate_id" -> {
                    Optional<Person> person = People.byId(c, Values.id(value));
                    if (person.isEmpty()) {
                        return Optional.empty();
                    }
                    throw Faults.valueError("Cannot query \"" + person.get().display() + "\": Must be \"User\" instance.");
                }
                case "state_id" -> {
                    if (States.byId(c, Values.id(value)).isEmpty()) {
                        return Optional.empty();
                    }
                    conditions.equal("p.state_id", Values.id(value));
                }
                case "max_count" -> maxCount = Slices.count(value);
                default -> add(conditions, PATCH_FIELDS.get(parts[0]), parts, value);
            }
        }
        return Optional.of(new Selection(conditions, maxCount));
    }

    static Optional<Selection> checks(Connection c, Dialect dialect, Map<String, Object> filter)
            throws SQLException {
        Conditions conditions = new Conditions(dialect);
        int maxCount = 0;
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String[] parts = entry.getKey().split("__", -1);
            Object value = entry.getValue();
            if (!CHECK_KEYS.contains(parts[0]) || !knownLookup(parts)) {
                return Optional.empty();
            }
            switch (parts[0]) {
                case "project_id" -> {
                    if (Projects.byId(c, Values.id(value)).isEmpty()) {
                        throw Faults.indexError();
                    }
                    conditions.equal("p.project_id", Values.id(value));
                }
                case "patch_id" -> {
                    if (Patches.byId(c, Values.id(value)).isEmpty()) {
                        throw Faults.indexError();
                    }
                    conditions.equal("c.patch_id", Values.id(value));
                }
                case "max_count" -> maxCount = Slices.count(value);
                default -> add(conditions, CHECK_FIELDS.get(parts[0]), parts, value);
            }
        }
        return Optional.of(new Selection(conditions, maxCount));
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
