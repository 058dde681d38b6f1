package io.polyport.tracker.search;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.server.config.Config;
import io.polyport.server.storage.Database;
import io.polyport.tracker.wiki.TrackerUrls;
import io.polyport.tracker.wiki.WikiRenderingModule;

/**
 * Publishes the {@code search} service over the database's full-text index: SQLite's FTS5 or PostgreSQL's
 * tsvector. Needs a {@code Database} and a {@code Config} bound elsewhere. Instances are equal, so installing the module twice binds it once.
 */
public final class SearchModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new WikiRenderingModule());
        bind(SearchServiceImpl.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    SearchConfig searchConfig(Config config) {
        SearchConfig search = config.section("search", SearchConfig.class);
        return new SearchConfig(TrackerUrls.resolveBaseUrl(search.baseUrl(), config), search.maxResults());
    }

    @Provides
    @Singleton
    SearchIndex searchIndex(Database database) {
        return SearchIndex.of(database);
    }

    @ProvidesIntoSet
    ServiceBinding<?> search(SearchServiceImpl impl) {
        return ServiceBinding.of(SearchService.class, impl);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchModule;
    }

    @Override
    public int hashCode() {
        return SearchModule.class.hashCode();
    }
}
