package io.polyport.server;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.Protocol;
import io.polyport.core.system.ComponentVersion;
import io.polyport.server.auth.AuthModule;
import io.polyport.server.auth.PermissionCatalog;
import io.polyport.server.config.Config;
import io.polyport.server.config.ServerConfig;
import io.polyport.server.idempotency.DatabaseIdempotencyKeys;
import io.polyport.server.plugin.PluginInfo;
import io.polyport.server.plugin.Plugins;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.TransactionUnitOfWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Wires the gateway around what {@link ServerParts} assembled before it (database, events, permission catalog,
 * started plugins): authentication, the gateway publishing the server's own services and every plugin's, and the
 * protocols that are switched on. It names no tracker class: the tracker is a plugin.
 */
public final class PolyportModule extends AbstractModule {
    private final ServerParts parts;

    public PolyportModule(ServerParts parts) {
        this.parts = parts;
    }

    @Override
    protected void configure() {
        bind(Config.class).toInstance(parts.config());
        bind(Database.class).toInstance(parts.database());
        bind(DomainEvents.class).toInstance(parts.events());
        bind(PermissionCatalog.class).toInstance(parts.permissions());
        bind(Plugins.class).toInstance(parts.plugins());
        install(new AuthModule());
    }

    @Provides
    @Singleton
    ServerConfig serverConfig() {
        return parts.config().section("server", ServerConfig.class);
    }

    @Provides
    @Singleton
    Gateway gateway(ServerConfig server, Database database) {
        int maxBody = server.maxBodyBytes();
        Limits limits = new Limits(maxBody, Limits.DEFAULT.maxNestingDepth(), maxBody,
                Limits.DEFAULT.maxBatchSize());
        List<ServiceBinding<?>> services = new ArrayList<>(parts.builtInServices());
        services.addAll(parts.plugins().services());
        List<ComponentVersion> versions = parts.plugins().infos().stream()
                .filter(info -> info.state().equals(PluginInfo.ENABLED))
                .map(info -> new ComponentVersion(info.id(), info.version())).toList();
        Gateway gateway = Gateway.of(services, limits, versions)
                .withUnitOfWork(new TransactionUnitOfWork(database))
                .withIdempotencyKeys(new DatabaseIdempotencyKeys(database, Clock.systemUTC()));
        parts.plugins().attach(gateway.invoker());
        return gateway;
    }

    @Provides
    @Singleton
    List<Protocol> protocols() {
        return parts.enabledProtocols();
    }
}
