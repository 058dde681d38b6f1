package io.polyport.tracker.roadmap;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.polyport.core.registry.ServiceBinding;

/** Publishes {@code roadmap.*}. Needs a {@code Database} bound elsewhere. */
public final class RoadmapModule extends AbstractModule {
    @ProvidesIntoSet
    ServiceBinding<?> roadmap(Roadmap impl) {
        return ServiceBinding.of(RoadmapService.class, impl);
    }
}
