package io.polyport.tracker;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.OptionalBinder;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.plugin.Contributions;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginContext;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.wiki.WikiMacro;
import io.polyport.server.config.Config;
import io.polyport.server.plugin.ServerInternals;
import io.polyport.server.storage.Database;
import io.polyport.tracker.roadmap.RoadmapModule;
import io.polyport.tracker.search.SearchModule;
import io.polyport.tracker.ticket.TicketModule;
import io.polyport.tracker.wiki.ContributedMacros;
import io.polyport.tracker.wiki.WikiModule;
import java.util.List;
import java.util.Set;

/**
 * The built-in tracker (tickets, wiki, search, roadmap) as a plugin: found on the server's class path through
 * {@code META-INF/services}, described by {@code io/polyport/tracker/polyport-plugin.properties}, started like any
 * other. It wires its services with Guice and contributes them. Two things set it apart from a third-party plugin:
 * its tables are in the server's own migrations (they predate plugins, and existing databases record them in
 * {@code flyway_schema_history}), and it works on the server's jOOQ {@link Database} and top-level configuration
 * sections ({@code ticket}, {@code wiki}, {@code search}) through {@link ServerInternals} rather than
 * {@link PluginContext#database()}.
 */
public final class TrackerPlugin implements Plugin {

    @Override
    public void start(PluginContext context, Contributions contributions) {
        if (!(context instanceof ServerInternals server)) {
            throw new IllegalStateException("the tracker runs only inside the Polyport server");
        }
        Set<ServiceBinding<?>> services = Guice.createInjector(Stage.PRODUCTION, new TicketModule(),
                        new WikiModule(), new SearchModule(), new RoadmapModule(), new AbstractModule() {
                            @Override
                            protected void configure() {
                                bind(Database.class).toInstance(server.serverDatabase());
                                bind(Config.class).toInstance(server.serverConfig());
                                bind(DomainEvents.class).toInstance(context.events());
                                OptionalBinder.newOptionalBinder(binder(), ContributedMacros.class).setBinding()
                                        .toInstance(() -> context.extensions(WikiMacro.class));
                            }
                        })
                .getInstance(Key.get(new TypeLiteral<Set<ServiceBinding<?>>>() { }));
        services.forEach(binding -> contribute(contributions, binding));
    }

    @Override
    public List<PermissionAction> permissions() {
        return List.of(
                PermissionAction.of("TICKET_VIEW", "View tickets and their change log and attachments."),
                PermissionAction.of("TICKET_CREATE", "Create tickets."),
                PermissionAction.of("TICKET_APPEND", "Add comments and attachments to tickets."),
                PermissionAction.of("TICKET_CHGPROP", "Change ticket fields (not description or reporter)."),
                new PermissionAction("TICKET_MODIFY", "Modify tickets: comment, change fields, run workflow actions.",
                        Set.of("TICKET_APPEND", "TICKET_CHGPROP")),
                PermissionAction.of("TICKET_ADMIN", "Administer tickets: fields, enums, deletion; implies TICKET_*."),
                PermissionAction.of("MILESTONE_VIEW", "View milestones."),
                PermissionAction.of("MILESTONE_CREATE", "Create milestones."),
                PermissionAction.of("MILESTONE_MODIFY", "Modify milestones."),
                PermissionAction.of("MILESTONE_DELETE", "Delete milestones."),
                PermissionAction.of("MILESTONE_ADMIN", "Administer milestones; implies MILESTONE_*."),
                PermissionAction.of("ROADMAP_VIEW", "View the roadmap (milestones with their progress)."),
                PermissionAction.of("WIKI_VIEW", "View wiki pages and attachments."),
                PermissionAction.of("WIKI_CREATE", "Create wiki pages."),
                PermissionAction.of("WIKI_MODIFY", "Modify wiki pages and attach files."),
                PermissionAction.of("WIKI_DELETE", "Delete wiki pages, versions and attachments."),
                PermissionAction.of("WIKI_ADMIN", "Administer the wiki (read-only pages); implies WIKI_*."),
                PermissionAction.of("SEARCH_VIEW", "Use full-text search."));
    }

    private static <T> void contribute(Contributions contributions, ServiceBinding<T> binding) {
        contributions.service(binding.type(), binding.implementation());
    }
}
