package io.polyport.plugins.rt;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import java.util.List;
import java.util.Map;

/**
 * The read-only parts of Polyport's ticket API the RT protocol reads besides tickets (fields, queues, priorities,
 * statuses, resolutions), as stand-ins next to the conformance kit's ticket stand-in.
 */
final class TicketCatalogStandIn {
    private TicketCatalogStandIn() {
    }

    /** {@code ticket.getTicketFields}. */
    @RpcService("ticket")
    public interface Fields {
        @RpcMethod(kind = MethodKind.LIST, permission = "TICKET_VIEW", doc = "Every ticket field.")
        List<Map<String, Object>> getTicketFields();
    }

    /** A {@code getAll} of names, published as {@code ticket.component}, {@code ticket.priority}, ... */
    public interface Names {
        List<String> getAll();
    }

    @RpcService("ticket.component")
    public interface Components extends Names {
        @Override
        @RpcMethod(kind = MethodKind.LIST, permission = "TICKET_VIEW", doc = "Component names.")
        List<String> getAll();
    }

    @RpcService("ticket.priority")
    public interface Priorities extends Names {
        @Override
        @RpcMethod(kind = MethodKind.LIST, permission = "TICKET_VIEW", doc = "Priority names, highest first.")
        List<String> getAll();
    }

    @RpcService("ticket.status")
    public interface Statuses extends Names {
        @Override
        @RpcMethod(kind = MethodKind.LIST, permission = "TICKET_VIEW", doc = "Workflow statuses.")
        List<String> getAll();
    }

    @RpcService("ticket.resolution")
    public interface Resolutions extends Names {
        @Override
        @RpcMethod(kind = MethodKind.LIST, permission = "TICKET_VIEW", doc = "Resolutions.")
        List<String> getAll();
    }
}
