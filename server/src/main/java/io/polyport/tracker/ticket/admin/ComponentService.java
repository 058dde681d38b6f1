package io.polyport.tracker.ticket.admin;

import static io.polyport.core.annotation.MethodKind.CREATE;
import static io.polyport.core.annotation.MethodKind.DELETE;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;
import static io.polyport.core.annotation.MethodKind.UPDATE;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.util.List;
import java.util.Map;

/** The {@code ticket.component} namespace: the parts of a project, each with a default owner. */
@RpcService(value = "ticket.component", doc = "Interface to ticket component objects.")
public interface ComponentService {
    /** A component as clients see it. */
    record Component(String name, String owner, String description) {
    }

    @RpcMethod(kind = LIST, permission = "TICKET_VIEW", doc = "Get a list of all component names.")
    List<String> getAll();

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "Get a component: {name, owner, description}.")
    Component get(@Id String name);

    @RpcMethod(kind = DELETE, permission = "TICKET_ADMIN", doc = "Delete a component; tickets in it are cleared "
            + "(recorded in their change logs).")
    void delete(@Id String name, Caller caller);

    @RpcMethod(kind = CREATE, permission = "TICKET_ADMIN", doc = "Create a new component with attributes owner "
            + "(the default owner of its new tickets) and description.")
    void create(String name, Map<String, Object> attributes);

    @RpcMethod(kind = UPDATE, permission = "TICKET_ADMIN", doc = "Update a component: name (renames it, and its "
            + "tickets follow), owner, description.")
    void update(@Id String name, Map<String, Object> attributes);
}
