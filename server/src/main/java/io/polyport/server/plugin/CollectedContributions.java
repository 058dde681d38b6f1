package io.polyport.server.plugin;

import io.polyport.core.annotation.RpcService;
import io.polyport.core.plugin.Contributions;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The {@link Contributions} of one plugin, kept until every plugin has started and the whole is checked. */
final class CollectedContributions implements Contributions {
    private final List<ServiceBinding<?>> services = new ArrayList<>();
    private final List<Protocol> protocols = new ArrayList<>();
    private final Map<Class<?>, List<Object>> extensions = new LinkedHashMap<>();

    @Override
    public <T> void service(Class<T> type, T implementation) {
        if (!type.isInterface() || !type.isAnnotationPresent(RpcService.class)) {
            throw new IllegalArgumentException(type.getName() + " is not an interface annotated with @RpcService");
        }
        services.add(ServiceBinding.of(type, implementation));
    }

    @Override
    public void protocol(Protocol protocol) {
        protocols.add(Objects.requireNonNull(protocol));
    }

    @Override
    public <T> void extension(Class<T> point, T implementation) {
        if (!point.isInstance(implementation)) {
            throw new IllegalArgumentException(implementation + " does not implement " + point.getName());
        }
        extensions.computeIfAbsent(point, p -> new ArrayList<>()).add(implementation);
    }

    List<ServiceBinding<?>> services() {
        return List.copyOf(services);
    }

    List<Protocol> protocols() {
        return List.copyOf(protocols);
    }

    Map<Class<?>, List<Object>> extensions() {
        return extensions;
    }
}
