package io.polyport.server;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.spi.Protocol;
import io.polyport.server.auth.AuthModule;
import io.polyport.server.config.Config;
import io.polyport.server.config.ServerConfig;
import io.polyport.server.http.ProtocolLoader;
import io.polyport.server.storage.Database;
import io.polyport.server.storage.DatabaseConfig;
import io.polyport.tracker.ticket.TicketModule;
import java.util.List;
import java.util.Set;

/**
 * Wires the gateway: configuration, database, the services every tracker module publishes (as a set of
 * {@link ServiceBinding}s), the registry and invoker built from them, and the protocols found on the class path
 * and in the plugin folder.
 */
public final class PolyportModule extends AbstractModule {
    private final Config config;

    public PolyportModule(Config config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(Config.class).toInstance(config);
        Multibinder.newSetBinder(binder(), new TypeLiteral<ServiceBinding<?>>() { });
        install(new AuthModule());
        install(new TicketModule());
    }

    @Provides
    @Singleton
    ServerConfig serverConfig() {
        return config.section("server", ServerConfig.class);
    }

    @Provides
    @Singleton
    Database database(ServerConfig server) {
        return Database.open(config.section("database", DatabaseConfig.class), server.data());
    }

    @Provides
    @Singleton
    Gateway gateway(Set<ServiceBinding<?>> services, ServerConfig server) {
        int maxBody = server.maxBodyBytes();
        Limits limits = new Limits(maxBody, Limits.DEFAULT.maxNestingDepth(), maxBody,
                Limits.DEFAULT.maxBatchSize());
        return Gateway.of(services, limits);
    }

    @Provides
    @Singleton
    List<Protocol> protocols(ServerConfig server) {
        return ProtocolLoader.load(server.plugins());
    }
}
