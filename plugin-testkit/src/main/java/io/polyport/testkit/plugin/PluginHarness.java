package io.polyport.testkit.plugin;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginDescriptor;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a plugin as the server would, without one: reads its descriptor, applies its migrations to a fresh SQLite
 * file, starts it with a {@link TestPluginContext}, and publishes its services on a gateway of their own. For a
 * plugin author's tests of their services, events and tables; close it to stop the plugin and delete the file.
 * <pre>
 * try (PluginHarness harness = PluginHarness.start(new MyPlugin(), Map.of("maxItems", 5))) {
 *     Object id = harness.invoke(harness.caller("alice", "MY_CREATE"), "my.create", "first");
 * }
 * </pre>
 */
public final class PluginHarness implements AutoCloseable {
    private final Plugin plugin;
    private final Path folder;
    private final SqlitePluginDatabase database;
    private final RecordingDomainEvents events;
    private final RecordingContributions contributions;
    private final TestPluginContext context;
    private final Gateway gateway;
    private final int migrationsApplied;

    private PluginHarness(Plugin plugin, Map<String, ?> config, PluginDescriptor descriptor, Path folder)
            throws Exception {
        this.plugin = plugin;
        this.folder = folder;
        this.events = new RecordingDomainEvents();
        this.database = new SqlitePluginDatabase(folder.resolve("polyport.db"), events);
        this.contributions = new RecordingContributions();
        this.context = new TestPluginContext(descriptor, plugin.configType(), config, database, events,
                contributions::extensions);
        this.migrationsApplied = plugin.migrations()
                .map(location -> PluginMigrations.apply(database.dataSource(), plugin.getClass().getClassLoader(),
                        location, descriptor))
                .orElse(0);
        plugin.start(context, contributions);
        this.gateway = Gateway.of(contributions.services(), Limits.DEFAULT);
        context.serve(gateway.invoker());
    }

    /**
     * Starts {@code plugin} with the configuration section {@code config} ({@code plugins.<id>}).
     *
     * @throws Exception whatever stops the plugin from starting; the server would refuse to start
     */
    public static PluginHarness start(Plugin plugin, Map<String, ?> config) throws Exception {
        PluginDescriptor descriptor = PluginFiles.descriptor(plugin);
        Path folder = TempFolders.create("polyport-plugin-" + descriptor.id());
        try {
            return new PluginHarness(plugin, config, descriptor, folder);
        } catch (Exception | Error e) {
            TempFolders.delete(folder);
            throw e;
        }
    }

    /** Starts {@code plugin} with an empty configuration section. */
    public static PluginHarness start(Plugin plugin) throws Exception {
        return start(plugin, Map.of());
    }

    /**
     * An authenticated caller holding {@code XML_RPC}, the given actions, and everything the plugin's
     * {@link PermissionAction#implies()} adds to them.
     */
    public Caller caller(String name, String... actions) {
        Set<String> granted = new HashSet<>(Arrays.asList(actions));
        granted.add("XML_RPC");
        Deque<String> open = new ArrayDeque<>(granted);
        while (!open.isEmpty()) {
            String action = open.pop();
            for (PermissionAction declared : plugin.permissions()) {
                if (declared.name().equals(action)) {
                    declared.implies().stream().filter(granted::add).forEach(open::push);
                }
            }
        }
        return new Caller(name, true, granted);
    }

    /** Calls {@code method} through the invoker as {@code caller}; failures are {@code RpcException}s. */
    public Object invoke(Caller caller, String method, Object... args) {
        return gateway.invoker().invoke(new CallContext(caller, "test", "harness"), method, List.of(args));
    }

    /** The gateway publishing the plugin's services (and {@code system}), e.g. for a protocol under test. */
    public Gateway gateway() {
        return gateway;
    }

    public RecordingDomainEvents events() {
        return events;
    }

    public SqlitePluginDatabase database() {
        return database;
    }

    public RecordingContributions contributions() {
        return contributions;
    }

    public TestPluginContext context() {
        return context;
    }

    /** How many migrations ran at start. */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /** Stops the plugin and deletes the database. */
    @Override
    public void close() {
        try {
            plugin.stop();
        } finally {
            TempFolders.delete(folder);
        }
    }
}
