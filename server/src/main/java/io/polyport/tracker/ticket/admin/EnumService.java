package io.polyport.tracker.ticket.admin;

import static io.polyport.core.annotation.MethodKind.CREATE;
import static io.polyport.core.annotation.MethodKind.DELETE;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;
import static io.polyport.core.annotation.MethodKind.UPDATE;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.invoke.Caller;
import java.util.List;

/**
 * The methods every ordered ticket enum offers (type, priority, severity, resolution): names in order, each
 * with its position as a string. Published once per enum by the sub-interfaces that name the namespace.
 */
public interface EnumService {
    @RpcMethod(kind = LIST, permission = "TICKET_VIEW", doc = "Get a list of all names, in order.")
    List<String> getAll();

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "Get the position of a name, as a string.")
    String get(@Id String name);

    @RpcMethod(kind = DELETE, permission = "TICKET_ADMIN", doc = "Delete a name; the ones after it move up, and "
            + "tickets that used it are cleared (recorded in their change logs).")
    void delete(@Id String name, Caller caller);

    @RpcMethod(kind = CREATE, permission = "TICKET_ADMIN", doc = "Create a new name at the given position "
            + "(an integer; empty for after the last one).")
    void create(String name, String value);

    @RpcMethod(kind = UPDATE, permission = "TICKET_ADMIN", doc = "Change the position of a name.")
    void update(@Id String name, String value);
}
