package io.polyport.testkit.plugin;

import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Permissions;
import io.polyport.core.plugin.ApiVersion;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.value.ValueMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The service-plugin conformance checks. Each returns the problems it found, in words fit for a test failure;
 * {@link #check} runs them all and fails with every problem. What is checked is what the server refuses at
 * start-up, and a little more: documentation and a permission on every method.
 */
public final class ServicePluginConformance {
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Set<String> RESERVED_ACTIONS = Set.of(Permissions.XML_RPC, Permissions.TRAC_ADMIN);

    private ServicePluginConformance() {
    }

    /** Runs every check with an empty configuration section. */
    public static void check(Plugin plugin) {
        check(plugin, Map.of());
    }

    /**
     * Runs every check, starting the plugin with {@code config} as its section {@code plugins.<id>}.
     *
     * @throws AssertionError listing every problem found
     */
    public static void check(Plugin plugin, Map<String, ?> config) {
        List<String> problems = new ArrayList<>();
        problems.addAll(descriptorProblems(plugin));
        problems.addAll(registrationProblems(plugin));
        problems.addAll(permissionProblems(plugin));
        problems.addAll(migrationProblems(plugin));
        problems.addAll(serviceProblems(plugin, config));
        if (!problems.isEmpty()) {
            throw new AssertionError("plugin " + plugin.getClass().getName() + ":\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** The jar's {@value PluginDescriptor#RESOURCE} exists, is valid and asks for an API this core provides. */
    public static List<String> descriptorProblems(Plugin plugin) {
        PluginDescriptor descriptor;
        try {
            descriptor = PluginFiles.descriptor(plugin);
        } catch (IllegalArgumentException e) {
            return List.of("descriptor: " + e.getMessage());
        }
        if (!ApiVersion.CURRENT.provides(descriptor.apiVersion())) {
            return List.of("descriptor: built for plugin API " + descriptor.apiVersion() + ", this core provides "
                    + ApiVersion.CURRENT);
        }
        return List.of();
    }

    /** The jar lists the plugin class for {@link java.util.ServiceLoader}, which can construct it. */
    public static List<String> registrationProblems(Plugin plugin) {
        List<String> problems = new ArrayList<>();
        Class<?> type = plugin.getClass();
        if (!PluginFiles.listedEntryPoints(plugin).contains(type.getName())) {
            problems.add(PluginFiles.SERVICE_FILE + " does not list " + type.getName());
        }
        try {
            if (!Modifier.isPublic(type.getModifiers()) || !Modifier.isPublic(type.getConstructor().getModifiers())) {
                problems.add(type.getName() + " is not public with a public no-argument constructor");
            }
        } catch (NoSuchMethodException e) {
            problems.add(type.getName() + " has no public no-argument constructor");
        }
        return problems;
    }

    /**
     * The permission actions are unique, documented, none of the core's own ({@code XML_RPC}, {@code TRAC_ADMIN}),
     * and imply only well-formed actions other than themselves.
     */
    public static List<String> permissionProblems(Plugin plugin) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PermissionAction action : plugin.permissions()) {
            String name = action.name();
            if (!seen.add(name)) {
                problems.add("permission " + name + " is declared twice");
            }
            if (RESERVED_ACTIONS.contains(name)) {
                problems.add("permission " + name + " is the core's own");
            }
            if (action.doc().isBlank()) {
                problems.add("permission " + name + " has no documentation");
            }
            for (String implied : action.implies()) {
                if (implied.equals(name) || !ACTION.matcher(implied).matches()) {
                    problems.add("permission " + name + " implies '" + implied + "'");
                }
            }
        }
        return problems;
    }

    /**
     * The migrations apply on an empty database, a second time without running anything or changing a row, and
     * on a database that already holds other tables, which they leave as they were.
     */
    public static List<String> migrationProblems(Plugin plugin) {
        if (plugin.migrations().isEmpty()) {
            return List.of();
        }
        String location = plugin.migrations().get();
        ClassLoader loader = plugin.getClass().getClassLoader();
        if (loader.getResource(location) == null) {
            return List.of("migrations: nothing at class path location " + location);
        }
        PluginDescriptor descriptor;
        try {
            descriptor = PluginFiles.descriptor(plugin);
        } catch (IllegalArgumentException e) {
            return List.of("migrations: " + e.getMessage());
        }
        Path folder = TempFolders.create("polyport-migrations-" + descriptor.id());
        try {
            List<String> problems = new ArrayList<>(onEmptyDatabase(folder.resolve("empty.db"), loader, location,
                    descriptor));
            problems.addAll(besideOtherTables(folder.resolve("shared.db"), loader, location, descriptor));
            return problems;
        } catch (RuntimeException | SQLException e) {
            return List.of("migrations failed: " + e.getMessage());
        } finally {
            TempFolders.delete(folder);
        }
    }

    private static List<String> onEmptyDatabase(Path file, ClassLoader loader, String location,
                                                PluginDescriptor descriptor) throws SQLException {
        SqlitePluginDatabase database = new SqlitePluginDatabase(file, new RecordingDomainEvents());
        if (PluginMigrations.apply(database.dataSource(), loader, location, descriptor) == 0) {
            return List.of("migrations: none found at " + location);
        }
        Map<String, Long> before = rowCounts(database);
        int again = PluginMigrations.apply(database.dataSource(), loader, location, descriptor);
        List<String> problems = new ArrayList<>();
        if (again != 0) {
            problems.add("migrations: a second run applied " + again + " more");
        }
        if (!before.equals(rowCounts(database))) {
            problems.add("migrations: a second run changed the tables: " + before + " became " + rowCounts(database));
        }
        return problems;
    }

    private static List<String> besideOtherTables(Path file, ClassLoader loader, String location,
                                                  PluginDescriptor descriptor) throws SQLException {
        SqlitePluginDatabase database = new SqlitePluginDatabase(file, new RecordingDomainEvents());
        database.transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kit_core_table (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
                statement.execute("INSERT INTO kit_core_table (name) VALUES ('kept')");
            }
            return null;
        });
        PluginMigrations.apply(database.dataSource(), loader, location, descriptor);
        Long kept = rowCounts(database).get("kit_core_table");
        return kept != null && kept == 1 ? List.of()
                : List.of("migrations: on a database with other tables, they changed kit_core_table");
    }

    /** Every table's row count, by name. */
    private static Map<String, Long> rowCounts(SqlitePluginDatabase database) {
        return database.read(connection -> {
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                counts.put(table, count(connection, table));
            }
            return counts;
        });
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The plugin starts with {@code config}, contributes something, and every service it publishes is an
     * {@code @RpcService} interface whose every method is an {@code @RpcMethod} with documentation and a
     * well-formed permission, and which the registry accepts (parameter names compiled in, optional parameters
     * last, no name published twice).
     */
    public static List<String> serviceProblems(Plugin plugin, Map<String, ?> config) {
        List<String> problems = new ArrayList<>();
        try (PluginHarness harness = PluginHarness.start(plugin, config)) {
            RecordingContributions contributions = harness.contributions();
            if (contributions.isEmpty()) {
                problems.add("start contributed no service, protocol or extension");
            }
            for (ServiceBinding<?> service : contributions.services()) {
                problems.addAll(annotationProblems(service.type()));
            }
            try {
                MethodRegistry.of(contributions.services(), new ValueMapper());
            } catch (RuntimeException e) {
                problems.add("the registry refuses the services: " + e.getMessage());
            }
        } catch (Exception e) {
            problems.add("start failed: " + e);
        }
        return problems;
    }

    /** The problems of one service interface's annotations. */
    public static List<String> annotationProblems(Class<?> type) {
        List<String> problems = new ArrayList<>();
        if (!type.isInterface()) {
            problems.add(type.getName() + ": services are published by interface");
        }
        if (type.getAnnotation(RpcService.class) == null) {
            problems.add(type.getName() + ": no @RpcService");
        }
        for (Method method : type.getMethods()) {
            RpcMethod rpc = method.getAnnotation(RpcMethod.class);
            String name = type.getSimpleName() + "." + method.getName();
            if (rpc == null) {
                if (Modifier.isAbstract(method.getModifiers())) {
                    problems.add(name + ": no @RpcMethod, so it is not published");
                }
                continue;
            }
            if (rpc.doc().isBlank()) {
                problems.add(name + ": no documentation (@RpcMethod doc)");
            }
            if (rpc.permission().isEmpty()) {
                problems.add(name + ": no permission (@RpcMethod permission)");
            } else if (!ACTION.matcher(rpc.permission()).matches()) {
                problems.add(name + ": permission '" + rpc.permission() + "' is not an action name");
            }
        }
        return problems;
    }
}
