package io.polyport.server.storage.transfer;

import io.polyport.server.auth.AdminBootstrap;
import io.polyport.server.db.DefaultSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a copy into a database that holds data of its own. Allowed are what the migrations insert (enums,
 * components, milestones, versions, default grants, the page WikiStart) and what the first start of a server
 * creates (the user admin with its grants), which the copy replaces. Plugins' tables are not checked: the copy
 * empties those it fills.
 */
final class EmptyTarget {
    /** Core tables whose rows a fresh database or a server's first start creates. */
    private static final Set<String> SEEDED = Set.of("ticket_enum", "component", "milestone", "version",
            "permissions", "wiki", "users");
    private static final String OWN_PAGES = "SELECT count(*) FROM wiki WHERE NOT (name = 'WikiStart' AND author = ?)";
    private static final String OTHER_USERS = "SELECT count(*) FROM users WHERE name <> ?";
    private static final String MIGRATION_AUTHOR = "polyport";

    private EmptyTarget() {
    }

    static void require(Connection target, TablePlan plan) throws SQLException {
        List<String> holdingData = new ArrayList<>();
        Set<String> core = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .map(table -> table.getName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (CopiedTable table : plan.tables()) {
            if (core.contains(table.name()) && !SEEDED.contains(table.name())
                    && count(target, table.count(), null) > 0) {
                holdingData.add(table.name());
            }
        }
        if (count(target, OWN_PAGES, MIGRATION_AUTHOR) > 0) {
            holdingData.add("wiki");
        }
        if (count(target, OTHER_USERS, AdminBootstrap.ADMIN) > 0) {
            holdingData.add("users");
        }
        if (!holdingData.isEmpty()) {
            throw new IllegalStateException("the target database already holds data (" + String.join(", ",
                    holdingData) + "); copy into a new, empty database");
        }
    }

    private static long count(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
