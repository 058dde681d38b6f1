package io.polyport.tracker.ticket;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.server.config.Config;
import io.polyport.tracker.ticket.admin.ComponentAdmin;
import io.polyport.tracker.ticket.admin.ComponentService;
import io.polyport.tracker.ticket.admin.EnumAdmin;
import io.polyport.tracker.ticket.admin.MilestoneAdmin;
import io.polyport.tracker.ticket.admin.MilestoneService;
import io.polyport.tracker.ticket.admin.StatusAdmin;
import io.polyport.tracker.ticket.admin.StatusService;
import io.polyport.tracker.ticket.admin.TicketPriorityService;
import io.polyport.tracker.ticket.admin.TicketResolutionService;
import io.polyport.tracker.ticket.admin.TicketSeverityService;
import io.polyport.tracker.ticket.admin.TicketTypeService;
import io.polyport.tracker.ticket.admin.VersionAdmin;
import io.polyport.tracker.ticket.admin.VersionService;
import io.polyport.tracker.ticket.model.TicketFields;
import io.polyport.tracker.ticket.model.TicketHistory;
import io.polyport.tracker.ticket.model.TicketStore;
import io.polyport.tracker.ticket.query.TicketQueryExecutor;
import io.polyport.tracker.ticket.workflow.TicketWorkflow;
import io.polyport.tracker.wiki.WikiRenderingModule;
import jakarta.inject.Singleton;

/**
 * Wires the ticket services and publishes every {@code ticket.*} namespace. Needs a {@code Database} and a
 * {@code Config} bound elsewhere; reads the {@code ticket} section of the configuration. Descriptions render
 * with the {@link WikiRenderingModule} it installs.
 */
public final class TicketModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new WikiRenderingModule());
    }

    @Provides
    @Singleton
    TicketConfig config(Config config) {
        return config.section("ticket", TicketConfig.class);
    }

    @Provides
    @Singleton
    TicketFields fields(TicketConfig config) {
        return new TicketFields(config);
    }

    @Provides
    @Singleton
    TicketWorkflow workflow(TicketConfig config) {
        return new TicketWorkflow(config);
    }

    @Provides
    @Singleton
    TicketStore store(TicketFields fields) {
        return new TicketStore(fields);
    }

    @Provides
    @Singleton
    TicketHistory history() {
        return new TicketHistory();
    }

    @Provides
    @Singleton
    TicketQueryExecutor queries(TicketFields fields) {
        return new TicketQueryExecutor(fields);
    }

    @ProvidesIntoSet
    ServiceBinding<?> tickets(TicketServiceImpl impl) {
        return ServiceBinding.of(TicketService.class, impl);
    }

    @ProvidesIntoSet
    ServiceBinding<?> milestones(MilestoneAdmin impl) {
        return ServiceBinding.of(MilestoneService.class, impl);
    }

    @ProvidesIntoSet
    ServiceBinding<?> components(ComponentAdmin impl) {
        return ServiceBinding.of(ComponentService.class, impl);
    }

    @ProvidesIntoSet
    ServiceBinding<?> versions(VersionAdmin impl) {
        return ServiceBinding.of(VersionService.class, impl);
    }

    @ProvidesIntoSet
    ServiceBinding<?> statuses(StatusAdmin impl) {
        return ServiceBinding.of(StatusService.class, impl);
    }

    @ProvidesIntoSet
    ServiceBinding<?> types(EnumAdmin.Types impl) {
        return ServiceBinding.of(TicketTypeService.class, impl);
    }

    @ProvidesIntoSet
    ServiceBinding<?> priorities(EnumAdmin.Priorities impl) {
        return ServiceBinding.of(TicketPriorityService.class, impl);
    }

    @ProvidesIntoSet
    ServiceBinding<?> severities(EnumAdmin.Severities impl) {
        return ServiceBinding.of(TicketSeverityService.class, impl);
    }

    @ProvidesIntoSet
    ServiceBinding<?> resolutions(EnumAdmin.Resolutions impl) {
        return ServiceBinding.of(TicketResolutionService.class, impl);
    }
}
