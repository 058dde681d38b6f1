package io.polyport.tracker.wiki;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.wiki.WikiMacro;
import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;

/**
 * Publishes the {@code wiki} service and binds the {@link WikiRenderer} (also used for search excerpts). Needs a
 * {@code Database} and a {@code Config} bound elsewhere. Wiki macros beyond the built-in ones are contributed to
 * the {@code Set<WikiMacro>} multibinding ({@code Multibinder.newSetBinder(binder(), WikiMacro.class)}).
 * Instances are equal, so installing the module twice (by the server and by a test) binds it once.
 */
public final class WikiModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), WikiMacro.class);
        bind(WikiServiceImpl.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    WikiConfig wikiConfig(Config config) {
        WikiConfig wiki = config.section("wiki", WikiConfig.class);
        return new WikiConfig(TrackerUrls.resolveBaseUrl(wiki.baseUrl(), config), wiki.maxAttachmentBytes(),
                wiki.defaultFormat());
    }

    @Provides
    @Singleton
    WikiRenderer wikiRenderer(Database database, WikiConfig config, Set<WikiMacro> macros) {
        return renderer(database, config, macros);
    }

    /** The renderer for {@code config} over {@code database}, with {@code macros} beside the built-in ones. */
    static WikiRenderer renderer(Database database, WikiConfig config, Collection<WikiMacro> macros) {
        return new WikiRenderer(new TrackerUrls(config.baseUrl()), new DatabaseResources(database), macros,
                config.markdownByDefault(), Clock.systemUTC());
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
