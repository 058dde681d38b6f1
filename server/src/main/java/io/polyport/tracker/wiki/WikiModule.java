package io.polyport.tracker.wiki;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.server.config.Config;

/**
 * Publishes the {@code wiki} service. Needs a {@code Database} and a {@code Config} bound elsewhere. Instances
 * are equal, so installing the module twice (by the server and by a test) binds it once.
 */
public final class WikiModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(WikiServiceImpl.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    WikiConfig wikiConfig(Config config) {
        WikiConfig wiki = config.section("wiki", WikiConfig.class);
        return new WikiConfig(TrackerUrls.resolveBaseUrl(wiki.baseUrl(), config), wiki.maxAttachmentBytes());
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
