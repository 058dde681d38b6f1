package io.polyport.tracker.ticket.admin;

import io.polyport.core.error.RpcException;
import io.polyport.tracker.ticket.workflow.TicketWorkflow;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The statuses of the configured workflow; read-only. */
@Singleton
public final class StatusAdmin implements StatusService {
    private final TicketWorkflow workflow;

    @Inject
    public StatusAdmin(TicketWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public List<String> getAll() {
        return workflow.statuses();
    }

    @Override
    public String get(String name) {
        if (!workflow.statuses().contains(name)) {
            throw RpcException.notFound("Status " + name + " does not exist.");
        }
        return "0";
    }

    @Override
    public void delete(String name) {
        throw readOnly();
    }

    @Override
    public void create(String name, Map<String, Object> attributes) {
        throw readOnly();
    }

    @Override
    public void update(String name, Map<String, Object> attributes) {
        throw readOnly();
    }

    private static RpcException readOnly() {
        return RpcException.invalid("Ticket statuses are defined by the ticket workflow in the configuration "
                + "file; change the workflow there.");
    }
}
