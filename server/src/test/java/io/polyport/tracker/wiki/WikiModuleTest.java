package io.polyport.tracker.wiki;

import io.polyport.server.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.server.config.Config;
import io.polyport.server.event.TransactionalEvents;
import io.polyport.server.storage.Database;
import io.polyport.tracker.search.SearchModule;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Guice wiring: published services, configuration defaults, and installing a module twice. */
class WikiModuleTest {
    @TempDir
    Path dir;

    private Injector injector(Database database, Config config) {
        return Guice.createInjector(new WikiModule(), new SearchModule(), new WikiModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(Database.class).toInstance(database);
                bind(DomainEvents.class).toInstance(new TransactionalEvents(database));
                bind(Config.class).toInstance(config);
            }
        });
    }

    @Test
    void publishesWikiAndSearchOnceEvenWhenInstalledTwice() {
        try (Database database = TestDatabases.open(dir)) {
            Set<ServiceBinding<?>> services = injector(database, Config.defaults())
                    .getInstance(Key.get(new TypeLiteral<Set<ServiceBinding<?>>>() { }));
            assertThat(services).extracting(ServiceBinding::type).extracting(Class::getSimpleName)
                    .containsExactlyInAnyOrder("WikiService", "SearchService");
        }
    }

    @Test
    void baseUrlFallsBackToTheServersThenToTheDefault() {
        try (Database database = TestDatabases.open(dir)) {
            assertThat(injector(database, Config.defaults()).getInstance(WikiConfig.class).baseUrl())
                    .isEqualTo("http://127.0.0.1:8080");
            Config server = Config.defaults().with("server", "baseUrl", "https://public.example");
            assertThat(injector(database, server).getInstance(WikiConfig.class).baseUrl())
                    .isEqualTo("https://public.example");
            assertThat(injector(database, server).getInstance(WikiServiceImpl.class).wikiToHtml("WikiStart"))
                    .contains("href=\"https://public.example/wiki/WikiStart\"");
            Config own = server.with("wiki", "baseUrl", "https://wiki.example").with("wiki", "maxAttachmentBytes", 5);
            assertThat(injector(database, own).getInstance(WikiConfig.class))
                    .isEqualTo(new WikiConfig("https://wiki.example", 5, "trac"));
            assertThat(injector(database, own.with("wiki", "defaultFormat", "Markdown")).getInstance(
                    WikiServiceImpl.class).wikiToHtml("'''not bold''' **bold**"))
                    .isEqualTo("<p>&#39;&#39;&#39;not bold&#39;&#39;&#39; <strong>bold</strong></p>\n");
        }
    }
}
