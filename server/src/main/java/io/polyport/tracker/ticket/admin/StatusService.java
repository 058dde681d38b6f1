package io.polyport.tracker.ticket.admin;

import static io.polyport.core.annotation.MethodKind.CREATE;
import static io.polyport.core.annotation.MethodKind.DELETE;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;
import static io.polyport.core.annotation.MethodKind.UPDATE;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import java.util.List;
import java.util.Map;

/**
 * The {@code ticket.status} namespace. Statuses are defined by the ticket workflow in the configuration file, so
 * they can be listed here but not created, changed or deleted.
 */
@RpcService(value = "ticket.status", doc = "An interface to the ticket statuses the workflow defines.")
public interface StatusService {
    @RpcMethod(kind = LIST, permission = "TICKET_VIEW", doc = "Returns all ticket statuses, sorted.")
    List<String> getAll();

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "Returns \"0\" for a status the workflow defines "
            + "(statuses have no value of their own).")
    String get(@Id String name);

    @RpcMethod(kind = DELETE, permission = "TICKET_ADMIN", doc = "Refused: statuses come from the workflow.")
    void delete(@Id String name);

    @RpcMethod(kind = CREATE, permission = "TICKET_ADMIN", doc = "Refused: statuses come from the workflow.")
    void create(String name, Map<String, Object> attributes);

    @RpcMethod(kind = UPDATE, permission = "TICKET_ADMIN", doc = "Refused: statuses come from the workflow.")
    void update(@Id String name, Map<String, Object> attributes);
}
