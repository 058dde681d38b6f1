package io.polyport.core.system;

import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Invoker;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.schema.OpenRpcDocument;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the OpenRPC document for each caller from the registry, with the filter of {@code system.listMethods};
 * {@code rpc.discover} itself is left out, as the specification asks.
 */
public final class DiscoveryServiceImpl implements DiscoveryService {
    /** The published name of the discovery method. */
    public static final String DISCOVER = "rpc.discover";

    private final Supplier<MethodRegistry> registry;

    public DiscoveryServiceImpl(Supplier<MethodRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Map<String, Object> discover(Caller caller) {
        return OpenRpcDocument.of(registry.get().methods().stream()
                .filter(method -> !method.name().equals(DISCOVER) && Invoker.mayCall(caller, method))
                .toList(), PolyportVersion.get());
    }
}
