package io.polyport.tracker.wiki;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.polyport.core.wiki.WikiMacro;
import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import java.time.Clock;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the {@code wiki} configuration and the {@link WikiRenderer} every part of the tracker renders wiki text
 * with (pages, ticket descriptions, search excerpts). Macros beyond the built-in ones are contributed to the
 * {@code Set<WikiMacro>} multibinding ({@code Multibinder.newSetBinder(binder(), WikiMacro.class).addBinding()}),
 * or, for macros that plugins contribute after the tracker has started, by binding {@link ContributedMacros}.
 * Needs a {@code Database} and a {@code Config} bound elsewhere; instances are equal, so it is bound once however
 * many modules install it.
 */
public final class WikiRenderingModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), WikiMacro.class);
        OptionalBinder.newOptionalBinder(binder(), ContributedMacros.class);
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
    WikiRenderer wikiRenderer(Database database, WikiConfig config, Set<WikiMacro> macros,
                              Optional<ContributedMacros> contributed) {
        Collection<WikiMacro> all = contributed.isEmpty() ? macros : new AbstractCollection<>() {
            @Override
            public Iterator<WikiMacro> iterator() {
                List<WikiMacro> current = new ArrayList<>(macros);
                current.addAll(contributed.get().macros());
                return current.iterator();
            }

            @Override
            public int size() {
                return macros.size() + contributed.get().macros().size();
            }
        };
        return renderer(database, config, all);
    }

    /** The renderer for {@code config} over {@code database}, with {@code macros} beside the built-in ones. */
    public static WikiRenderer renderer(Database database, WikiConfig config, Collection<WikiMacro> macros) {
        return new WikiRenderer(new TrackerUrls(config.baseUrl()), new DatabaseResources(database), macros,
                config.markdownByDefault(), Clock.systemUTC());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WikiRenderingModule;
    }

    @Override
    public int hashCode() {
        return WikiRenderingModule.class.hashCode();
    }
}
