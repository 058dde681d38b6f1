package io.polyport.server;

import io.polyport.core.event.DomainEvent;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.Protocol;
import io.polyport.server.auth.PasswordHasher;
import io.polyport.server.auth.PermissionCatalog;
import io.polyport.server.auth.PermissionStore;
import io.polyport.server.auth.TokenStore;
import io.polyport.server.auth.UserStore;
import io.polyport.server.config.Config;
import io.polyport.server.config.EmptySection;
import io.polyport.server.config.ServerConfig;
import io.polyport.server.event.TransactionalEvents;
import io.polyport.server.http.ProtocolLoader;
import io.polyport.server.plugin.InstalledPlugins;
import io.polyport.server.plugin.PluginDiscovery;
import io.polyport.server.plugin.PluginPlatform;
import io.polyport.server.plugin.PluginService;
import io.polyport.server.permission.PermissionAdmin;
import io.polyport.server.permission.PermissionService;
import io.polyport.server.plugin.Plugins;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import io.polyport.server.timeline.TimelineEvents;
import io.polyport.server.timeline.TimelineService;
import io.polyport.server.user.UserAccounts;
import io.polyport.server.user.UserService;
import io.polyport.server.webhook.WebhookConfig;
import io.polyport.server.webhook.WebhookDispatcher;
import io.polyport.server.webhook.WebhookRegistry;
import io.polyport.server.webhook.WebhookService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server assembles before wiring its HTTP side: the migrated database, domain events, the permission
 * catalog, its own services and protocols, and the started plugins. Assembly is all or nothing: if a plugin is
 * refused, what was opened is closed again. Closing stops the plugins, then closes the database.
 *
 * @param config           the configuration
 * @param database         the migrated database
 * @param events           the domain-event bus
 * @param permissions      every known permission action
 * @param builtInServices  the server's own services ({@code plugin.*}, {@code timeline.*}, {@code webhook.*},
 *                         {@code user.*}, {@code permission.*}; {@code system.*} is the gateway's)
 * @param builtInProtocols the protocols on the server's class path
 * @param plugins          the started plugins
 * @param webhooks         the running webhook deliveries
 */
public record ServerParts(Config config, Database database, TransactionalEvents events,
                          PermissionCatalog permissions, List<ServiceBinding<?>> builtInServices,
                          List<Protocol> builtInProtocols, Plugins plugins, WebhookDispatcher webhooks)
        implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerParts.class);
    private static final String PROTOCOLS = "protocols";

    /** Opens the database of {@code config} and starts every enabled plugin. */
    public static ServerParts assemble(Config config) {
        ServerConfig server = config.section("server", ServerConfig.class);
        Database database = Database.open(config.section("database", DatabaseConfig.class), server.data());
        try {
            return assemble(config, server, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static ServerParts assemble(Config config, ServerConfig server, Database database) {
        ClassLoader classPath = ServerParts.class.getClassLoader();
        TransactionalEvents events = new TransactionalEvents(database);
        PermissionCatalog permissions = new PermissionCatalog();
        AtomicReference<Plugins> started = new AtomicReference<>();
        WebhookConfig webhookConfig = config.section("webhooks", WebhookConfig.class);
        WebhookDispatcher webhooks = new WebhookDispatcher(database, webhookConfig);
        events.subscribe(DomainEvent.class, event -> webhooks.wake());
        List<ServiceBinding<?>> builtInServices = List.of(
                ServiceBinding.of(PluginService.class, new InstalledPlugins(started::get)),
                ServiceBinding.of(TimelineService.class, new TimelineEvents(database)),
                ServiceBinding.of(WebhookService.class, new WebhookRegistry(database, webhookConfig, webhooks::wake)),
                ServiceBinding.of(UserService.class, new UserAccounts(new UserStore(database, new PasswordHasher()),
                        new TokenStore(database))),
                ServiceBinding.of(PermissionService.class, new PermissionAdmin(new PermissionStore(database),
                        permissions)));
        List<Protocol> builtInProtocols = ProtocolLoader.load(classPath);
        Plugins plugins = new PluginPlatform(config, database, events, permissions).start(
                PluginDiscovery.discover(classPath, server.plugins()), classPath,
                Gateway.of(builtInServices, Limits.DEFAULT).registry(), builtInProtocols);
        started.set(plugins);
        return new ServerParts(config, database, events, permissions, builtInServices, builtInProtocols, plugins,
                webhooks.start());
    }

    /** The built-in and plugin protocols not switched off with {@code protocols.<name>.enabled: false}. */
    public List<Protocol> enabledProtocols() {
        List<Protocol> all = Stream.concat(builtInProtocols.stream(), plugins.protocols().stream()).toList();
        Set<String> names = all.stream().map(Protocol::name).collect(Collectors.toSet());
        for (String configured : config.entries(PROTOCOLS)) {
            if (!names.contains(configured)) {
                LOG.warn("configuration protocols.{} names no installed protocol; known: {}", configured, names);
            }
            config.entry(PROTOCOLS, configured, EmptySection.class);
        }
        return all.stream().filter(protocol -> config.enabled(PROTOCOLS, protocol.name())).toList();
    }

    @Override
    public void close() {
        try {
            webhooks.close();
            plugins.close();
        } finally {
            database.close();
        }
    }
}
