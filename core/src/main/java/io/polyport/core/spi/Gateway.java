package io.polyport.core.spi;

import io.polyport.core.invoke.Invoker;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.system.ComponentVersion;
import io.polyport.core.system.DiscoveryService;
import io.polyport.core.system.DiscoveryServiceImpl;
import io.polyport.core.system.PolyportService;
import io.polyport.core.system.PolyportServiceImpl;
import io.polyport.core.system.SystemService;
import io.polyport.core.system.SystemServiceImpl;
import io.polyport.core.value.ValueMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a protocol gets from the gateway to serve a request: the registry, the invoker, the limits, the unit of work
 * that makes several calls one, and where idempotency keys are remembered.
 *
 * @param registry        every published method
 * @param invoker         the only way to call one
 * @param limits          bounds on client input
 * @param unitOfWork      runs several calls atomically (the server's database transaction)
 * @param idempotencyKeys the responses remembered for retried requests ({@link IdempotencyKeys#inMemory} unless
 *                        the host shares them, see {@link #withIdempotencyKeys})
 */
public record Gateway(MethodRegistry registry, Invoker invoker, Limits limits, UnitOfWork unitOfWork,
                      IdempotencyKeys idempotencyKeys) {

    /** Builds a gateway publishing {@code services} plus the built-in services, with no plugins installed. */
    public static Gateway of(Collection<? extends ServiceBinding<?>> services, Limits limits) {
        return of(services, limits, List.of());
    }

    /**
     * Builds a gateway publishing {@code services} plus the built-in {@code system}, {@code rpc} (OpenRPC
     * discovery) and {@code polyport} services; {@code plugins} are reported by {@code polyport.getVersions}.
     */
    public static Gateway of(Collection<? extends ServiceBinding<?>> services, Limits limits,
                             List<ComponentVersion> plugins) {
        AtomicReference<Invoker> invoker = new AtomicReference<>();
        List<ServiceBinding<?>> all = new ArrayList<>(services);
        all.add(ServiceBinding.of(SystemService.class, new SystemServiceImpl(invoker::get, limits.maxBatchSize())));
        all.add(ServiceBinding.of(DiscoveryService.class, new DiscoveryServiceImpl(() -> invoker.get().registry())));
        all.add(ServiceBinding.of(PolyportService.class, new PolyportServiceImpl(plugins)));
        ValueMapper values = new ValueMapper();
        MethodRegistry registry = MethodRegistry.of(all, values);
        invoker.set(new Invoker(registry, values));
        return new Gateway(registry, invoker.get(), limits, UnitOfWork.NONE, IdempotencyKeys.inMemory());
    }

    /** This gateway with {@code unit} making several calls one. */
    public Gateway withUnitOfWork(UnitOfWork unit) {
        return new Gateway(registry, invoker, limits, unit, idempotencyKeys);
    }

    /** This gateway remembering idempotency keys in {@code keys} (e.g. a database shared by several nodes). */
    public Gateway withIdempotencyKeys(IdempotencyKeys keys) {
        return new Gateway(registry, invoker, limits, unitOfWork, keys);
    }
}
