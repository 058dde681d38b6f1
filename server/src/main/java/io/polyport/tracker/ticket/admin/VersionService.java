package io.polyport.tracker.ticket.admin;

import static io.polyport.core.annotation.MethodKind.CREATE;
import static io.polyport.core.annotation.MethodKind.DELETE;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;
import static io.polyport.core.annotation.MethodKind.UPDATE;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.ResultShape;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.util.List;
import java.util.Map;

/** The {@code ticket.version} namespace: released versions tickets can refer to. */
@RpcService(value = "ticket.version", doc = "Interface to ticket version objects.")
public interface VersionService {
    @RpcMethod(kind = LIST, permission = "TICKET_VIEW", doc = "Get a list of all version names.")
    List<String> getAll();

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "Get a version: {name, time, description}; an unset "
            + "time is 0.")
    @ResultShape(fields = {"string name", "any time", "string description"})
    Map<String, Object> get(@Id String name);

    @RpcMethod(kind = DELETE, permission = "TICKET_ADMIN", doc = "Delete a version; tickets naming it are cleared "
            + "(recorded in their change logs).")
    void delete(@Id String name, Caller caller);

    @RpcMethod(kind = CREATE, permission = "TICKET_ADMIN", doc = "Create a new version with attributes time and "
            + "description.")
    void create(String name, Map<String, Object> attributes);

    @RpcMethod(kind = UPDATE, permission = "TICKET_ADMIN", doc = "Update a version: name (renames it, and its "
            + "tickets follow), time, description.")
    void update(@Id String name, Map<String, Object> attributes);
}
