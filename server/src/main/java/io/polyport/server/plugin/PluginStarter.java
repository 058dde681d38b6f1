package io.polyport.server.plugin;

import io.polyport.core.event.DomainEvents;
import io.polyport.core.invoke.Invoker;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginDescriptor;
import io.polyport.core.spi.Protocol;
import io.polyport.server.auth.PermissionCatalog;
import io.polyport.server.config.Config;
import io.polyport.server.config.EmptySection;
import io.polyport.server.storage.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Starts one loaded plugin, in the order {@link Plugin} documents: declares its permissions, binds its
 * configuration section, applies its migrations, calls {@link Plugin#start}. Every failure becomes a
 * {@link PluginException} naming the plugin and the step; the plugin's classes run with its class loader as the
 * thread's context class loader.
 */
final class PluginStarter {
    private final Config config;
    private final Database database;
    private final DomainEvents events;
    private final PermissionCatalog permissions;
    private final Supplier<Invoker> invoker;
    private final Extensions extensions;

    PluginStarter(Config config, Database database, DomainEvents events, PermissionCatalog permissions,
                  Supplier<Invoker> invoker, Extensions extensions) {
        this.config = config;
        this.database = database;
        this.events = events;
        this.permissions = permissions;
        this.invoker = invoker;
        this.extensions = extensions;
    }

    StartedPlugin start(LoadedPlugin loaded) {
        if (loaded.entry().isEmpty()) {
            return new StartedPlugin(loaded, List.of(), loaded.protocols(), Map.of(), List.of(), List.of());
        }
        Plugin plugin = loaded.entry().get();
        PluginDescriptor descriptor = loaded.found().descriptor().orElseThrow();
        String label = loaded.found().label();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loaded.classLoader());
        try {
            List<PermissionAction> declared = declarePermissions(label, descriptor.id(), plugin);
            Object settings = settings(label, descriptor.id(), plugin.configType());
            List<String> migrations = migrate(label, descriptor.id(), loaded.classLoader(), plugin.migrations());
            CollectedContributions contributions = new CollectedContributions();
            RuntimeContext context = new RuntimeContext(descriptor, plugin.configType(), settings, database, config,
                    invoker, events, extensions);
            try {
                plugin.start(context, contributions);
            } catch (Exception | LinkageError e) {
                throw new PluginException(label, "failed to start", e);
            }
            List<Protocol> protocols = new ArrayList<>(loaded.protocols());
            protocols.addAll(contributions.protocols());
            return new StartedPlugin(loaded, contributions.services(), List.copyOf(protocols),
                    contributions.extensions(), declared, migrations);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private List<PermissionAction> declarePermissions(String label, String id, Plugin plugin) {
        List<PermissionAction> declared = plugin.permissions();
        for (PermissionAction action : declared) {
            try {
                permissions.declare(id, action);
            } catch (IllegalArgumentException e) {
                throw new PluginException(label, e.getMessage());
            }
        }
        return List.copyOf(declared);
    }

    private Object settings(String label, String id, Optional<Class<?>> type) {
        try {
            return config.entry("plugins", id, type.orElse(EmptySection.class).asSubclass(Object.class));
        } catch (IllegalArgumentException e) {
            throw new PluginException(label, e.getMessage());
        }
    }

    private List<String> migrate(String label, String id, ClassLoader loader, Optional<String> location) {
        if (location.isEmpty()) {
            return List.of();
        }
        try {
            PluginMigrations migrations = new PluginMigrations(database, id, loader, location.get());
            migrations.migrate();
            return migrations.applied();
        } catch (RuntimeException e) {
            throw new PluginException(label, "migration failed", e);
        }
    }
}
