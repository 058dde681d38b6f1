package io.polyport.server.plugin;

import io.polyport.core.event.DomainEvents;
import io.polyport.core.invoke.Invoker;
import io.polyport.core.plugin.PluginDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.spi.Protocol;
import io.polyport.server.auth.PermissionCatalog;
import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the found plugins as a whole: each enabled one is loaded, started ({@link PluginStarter}) and checked
 * against the server and the plugins before it ({@link ContributionCheck}); extensions are published only when all
 * have started. If any plugin is refused, those already started are stopped, every class loader is released and
 * the {@link PluginException} propagates: nothing is half-loaded.
 */
public final class PluginPlatform {
    private static final Logger LOG = LoggerFactory.getLogger(PluginPlatform.class);
    private static final String SECTION = "plugins";

    private final Config config;
    private final Database database;
    private final DomainEvents events;
    private final PermissionCatalog permissions;

    public PluginPlatform(Config config, Database database, DomainEvents events, PermissionCatalog permissions) {
        this.config = config;
        this.database = database;
        this.events = events;
        this.permissions = permissions;
    }

    /**
     * Starts {@code found} (in order, classes loaded from {@code server} for class-path plugins), checking them
     * against the server's own methods and protocols.
     */
    public Plugins start(List<FoundPlugin> found, ClassLoader server, MethodRegistry builtInMethods,
                         List<Protocol> builtInProtocols) {
        warnAboutUnknownSections(found);
        AtomicReference<Invoker> invoker = new AtomicReference<>();
        Extensions extensions = new Extensions();
        PluginStarter starter = new PluginStarter(config, database, events, permissions, serving(invoker),
                extensions);
        ContributionCheck check = new ContributionCheck(builtInMethods, builtInProtocols);
        List<StartedPlugin> started = new ArrayList<>();
        List<PluginInfo> disabled = new ArrayList<>();
        try {
            for (FoundPlugin plugin : found) {
                if (!enabled(plugin)) {
                    disabled.add(disabledInfo(plugin));
                    LOG.info("plugin {} is disabled", plugin.label());
                    continue;
                }
                LoadedPlugin loaded = LoadedPlugin.load(plugin, server);
                StartedPlugin running;
                try {
                    running = starter.start(loaded);
                } catch (RuntimeException e) {
                    loaded.close();
                    throw e;
                }
                started.add(running);
                check.add(running);
                LOG.info("plugin {} started", plugin.label());
            }
        } catch (RuntimeException e) {
            Plugins.stopAndRelease(started);
            throw e;
        }
        started.forEach(plugin -> extensions.publish(plugin.extensions()));
        return new Plugins(started, disabled, invoker);
    }

    private boolean enabled(FoundPlugin plugin) {
        if (plugin.descriptor().isEmpty()) {
            return true;
        }
        try {
            return config.enabled(SECTION, plugin.id());
        } catch (IllegalArgumentException e) {
            throw new PluginException(plugin.label(), e.getMessage());
        }
    }

    private void warnAboutUnknownSections(List<FoundPlugin> found) {
        Set<String> ids = found.stream().map(FoundPlugin::id).collect(Collectors.toSet());
        for (String section : config.entries(SECTION)) {
            if (!ids.contains(section)) {
                LOG.warn("configuration section plugins.{} belongs to no installed plugin", section);
            }
        }
    }

    private static PluginInfo disabledInfo(FoundPlugin plugin) {
        PluginDescriptor descriptor = plugin.descriptor().orElseThrow();
        return new PluginInfo(descriptor.id(), descriptor.name(), descriptor.version(), plugin.source(),
                PluginInfo.DISABLED, List.of(), List.of(), List.of(), List.of());
    }

    private static Supplier<Invoker> serving(AtomicReference<Invoker> invoker) {
        return () -> {
            Invoker serving = invoker.get();
            if (serving == null) {
                throw new IllegalStateException("the invoker is usable once the server serves, not during start");
            }
            return serving;
        };
    }
}
