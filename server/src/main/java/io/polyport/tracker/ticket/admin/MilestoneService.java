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

/** The {@code ticket.milestone} namespace: milestones that tickets are planned against. */
@RpcService(value = "ticket.milestone", doc = "Interface to ticket milestone objects.")
public interface MilestoneService {
    @RpcMethod(kind = LIST, permission = "MILESTONE_VIEW", doc = "Get a list of all milestone names.")
    List<String> getAll();

    @RpcMethod(kind = READ, permission = "MILESTONE_VIEW", doc = "Get a milestone: {name, due, completed, "
            + "description}; unset dates are 0.")
    @ResultShape(fields = {"string name", "any due", "any completed", "string description"})
    Map<String, Object> get(@Id String name);

    @RpcMethod(kind = DELETE, permission = "MILESTONE_DELETE", doc = "Delete a milestone; tickets planned against "
            + "it are cleared (recorded in their change logs).")
    void delete(@Id String name, Caller caller);

    @RpcMethod(kind = CREATE, permission = "MILESTONE_CREATE", doc = "Create a new milestone with attributes "
            + "due, completed, description.")
    void create(String name, Map<String, Object> attributes, Caller caller);

    @RpcMethod(kind = UPDATE, permission = "MILESTONE_MODIFY", doc = "Update a milestone: name (renames it, and "
            + "its tickets follow), due, completed, description.")
    void update(@Id String name, Map<String, Object> attributes, Caller caller);
}
