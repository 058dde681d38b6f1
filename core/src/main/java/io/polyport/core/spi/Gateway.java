package io.polyport.core.spi;

import io.polyport.core.invoke.Invoker;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.system.SystemService;
import io.polyport.core.system.SystemServiceImpl;
import io.polyport.core.value.ValueMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a protocol gets from the gateway to serve a request: the registry, the invoker and the limits.
 *
 * @param registry every published method
 * @param invoker  the only way to call one
 * @param limits   bounds on client input
 */
public record Gateway(MethodRegistry registry, Invoker invoker, Limits limits) {

    /** Builds a gateway publishing {@code services} plus the {@code system} service. */
    public static Gateway of(Collection<? extends ServiceBinding<?>> services, Limits limits) {
        AtomicReference<Invoker> invoker = new AtomicReference<>();
        List<ServiceBinding<?>> all = new ArrayList<>(services);
        all.add(ServiceBinding.of(SystemService.class, new SystemServiceImpl(invoker::get, limits.maxBatchSize())));
        ValueMapper values = new ValueMapper();
        MethodRegistry registry = MethodRegistry.of(all, values);
        invoker.set(new Invoker(registry, values));
        return new Gateway(registry, invoker.get(), limits);
    }
}
