package io.polyport.testkit.plugin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.invoke.Invoker;
import io.polyport.core.plugin.PluginContext;
import io.polyport.core.plugin.PluginDatabase;
import io.polyport.core.plugin.PluginDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PluginContext} for tests, with no server: the configuration section is bound from a map (unknown keys
 * refused, {@code enabled} ignored, as the server does), the database is a {@link SqlitePluginDatabase}, events
 * are {@link RecordingDomainEvents}, and the invoker becomes usable once {@link #serve} hands it over.
 */
public final class TestPluginContext implements PluginContext {
    private static final ObjectMapper CONFIG = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final PluginDescriptor descriptor;
    private final Optional<Class<?>> configType;
    private final Object config;
    private final PluginDatabase database;
    private final RecordingDomainEvents events;
    private final Function<Class<?>, List<?>> extensions;
    private volatile Invoker invoker;

    /**
     * @param section    the configuration section {@code plugins.<id>}, as the YAML would give it
     * @param extensions every contribution to an extension point, once plugins have started
     * @throws IllegalArgumentException when the section does not bind to {@code configType} (unknown keys, wrong
     *                                  types), or has keys while the plugin declares no configuration
     */
    public TestPluginContext(PluginDescriptor descriptor, Optional<Class<?>> configType, Map<String, ?> section,
                             PluginDatabase database, RecordingDomainEvents events,
                             Function<Class<?>, List<?>> extensions) {
        this.descriptor = descriptor;
        this.configType = configType;
        this.config = bind(descriptor.id(), configType, section);
        this.database = database;
        this.events = events;
        this.extensions = extensions;
    }

    private static Object bind(String id, Optional<Class<?>> type, Map<String, ?> section) {
        Map<String, Object> values = new LinkedHashMap<>(section);
        values.remove("enabled");
        if (type.isEmpty()) {
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("plugins." + id + ": the plugin takes no configuration, got "
                        + values.keySet());
            }
            return null;
        }
        try {
            return CONFIG.convertValue(values, type.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("plugins." + id + ": " + e.getMessage(), e);
        }
    }

    /** Makes {@link #invoker()} usable, as the server does once every plugin has started. */
    public void serve(Invoker serving) {
        this.invoker = serving;
    }

    @Override
    public PluginDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public <T> T config(Class<T> type) {
        if (configType.isEmpty() || !configType.get().equals(type)) {
            throw new IllegalStateException("plugin " + descriptor.id() + " declares configuration type "
                    + configType.map(Class::getName).orElse("none") + ", not " + type.getName());
        }
        return type.cast(config);
    }

    @Override
    public PluginDatabase database() {
        return database;
    }

    @Override
    public Invoker invoker() {
        Invoker serving = invoker;
        if (serving == null) {
            throw new IllegalStateException("the invoker is usable once the server serves, not during start");
        }
        return serving;
    }

    @Override
    public DomainEvents events() {
        return events;
    }

    @Override
    public <T> List<T> extensions(Class<T> point) {
        return extensions.apply(point).stream().map(point::cast).toList();
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("plugin." + descriptor.id());
    }
}
