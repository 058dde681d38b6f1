package io.polyport.testkit.sample;

import io.polyport.core.registry.ServiceBinding;
import java.util.List;

/** The services the protocol kit publishes (the gateway adds {@code system}). */
public final class SampleServices {
    private SampleServices() {
    }

    /** Fresh instances of every sample service. */
    public static List<ServiceBinding<?>> create() {
        return List.of(
                ServiceBinding.of(SampleValues.class, new SampleValues.Impl()),
                ServiceBinding.of(SampleAccess.class, new SampleAccess.Impl()),
                ServiceBinding.of(SampleErrors.class, new SampleErrors.Impl()));
    }
}
