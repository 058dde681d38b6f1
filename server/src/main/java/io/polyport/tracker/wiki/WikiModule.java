package io.polyport.tracker.wiki;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.polyport.core.registry.ServiceBinding;

/**
 * Publishes the {@code wiki} service, rendering with the {@link WikiRenderingModule} it installs. Needs a
 * {@code Database} and a {@code Config} bound elsewhere. Instances are equal, so installing the module twice (by
 * the server and by a test) binds it once.
 */
public final class WikiModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new WikiRenderingModule());
        bind(WikiServiceImpl.class).in(Singleton.class);
    }

    @ProvidesIntoSet
    ServiceBinding<?> wiki(WikiServiceImpl impl) {
        return ServiceBinding.of(WikiService.class, impl);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WikiModule;
    }

    @Override
    public int hashCode() {
        return WikiModule.class.hashCode();
    }
}
