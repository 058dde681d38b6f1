package io.polyport.server.plugin;

import io.polyport.core.event.DomainEvents;
import io.polyport.core.invoke.Invoker;
import io.polyport.core.plugin.PluginContext;
import io.polyport.core.plugin.PluginDatabase;
import io.polyport.core.plugin.PluginDescriptor;
import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link PluginContext} the server hands one plugin. */
final class RuntimeContext implements PluginContext, ServerInternals {
    private final PluginDescriptor descriptor;
    private final Optional<Class<?>> configType;
    private final Object config;
    private final Database database;
    private final Config serverConfig;
    private final Supplier<Invoker> invoker;
    private final DomainEvents events;
    private final Extensions extensions;

    RuntimeContext(PluginDescriptor descriptor, Optional<Class<?>> configType, Object config, Database database,
                   Config serverConfig, Supplier<Invoker> invoker, DomainEvents events, Extensions extensions) {
        this.descriptor = descriptor;
        this.configType = configType;
        this.config = config;
        this.database = database;
        this.serverConfig = serverConfig;
        this.invoker = invoker;
        this.events = events;
        this.extensions = extensions;
    }

    @Override
    public PluginDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public <T> T config(Class<T> type) {
        if (configType.isEmpty() || configType.get() != type) {
            throw new IllegalStateException("plugin " + descriptor.id() + " declares "
                    + configType.map(Class::getName).orElse("no configuration type") + ", not " + type.getName());
        }
        return type.cast(config);
    }

    @Override
    public PluginDatabase database() {
        return new JdbcPluginDatabase(database);
    }

    @Override
    public Invoker invoker() {
        return invoker.get();
    }

    @Override
    public DomainEvents events() {
        return events;
    }

    @Override
    public <T> List<T> extensions(Class<T> point) {
        return extensions.of(point);
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("polyport.plugin." + descriptor.id());
    }

    @Override
    public Database serverDatabase() {
        return database;
    }

    @Override
    public Config serverConfig() {
        return serverConfig;
    }
}
