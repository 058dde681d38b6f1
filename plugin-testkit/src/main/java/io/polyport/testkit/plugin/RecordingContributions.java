package io.polyport.testkit.plugin;

import io.polyport.core.plugin.Contributions;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records what a plugin contributes in {@code start}, for a test to publish or inspect. */
public final class RecordingContributions implements Contributions {
    private final List<ServiceBinding<?>> services = new ArrayList<>();
    private final List<Protocol> protocols = new ArrayList<>();
    private final Map<Class<?>, List<Object>> extensions = new LinkedHashMap<>();

    @Override
    public <T> void service(Class<T> type, T implementation) {
        services.add(ServiceBinding.of(type, implementation));
    }

    @Override
    public void protocol(Protocol protocol) {
        protocols.add(protocol);
    }

    @Override
    public <T> void extension(Class<T> point, T implementation) {
        extensions.computeIfAbsent(point, p -> new ArrayList<>()).add(point.cast(implementation));
    }

    public List<ServiceBinding<?>> services() {
        return List.copyOf(services);
    }

    public List<Protocol> protocols() {
        return List.copyOf(protocols);
    }

    /** The implementations contributed for {@code point}, in order. */
    public <T> List<T> extensions(Class<T> point) {
        return extensions.getOrDefault(point, List.of()).stream().map(point::cast).toList();
    }

    /** Whether the plugin contributed anything at all. */
    public boolean isEmpty() {
        return services.isEmpty() && protocols.isEmpty() && extensions.isEmpty();
    }
}
