package io.polyport.tracker.roadmap;

import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.util.List;
import java.util.Map;

/** The {@code roadmap.*} methods: the milestones with their progress, as Trac's roadmap page shows them. */
@RpcService(value = "roadmap", resource = "roadmap", doc = "The roadmap: milestones with their tickets counted by "
        + "status and type and the share done.")
public interface RoadmapService {
    /** The permission of the roadmap itself; milestones also need MILESTONE_VIEW, ticket counts TICKET_VIEW. */
    String VIEW = "ROADMAP_VIEW";

    @RpcMethod(kind = LIST, permission = VIEW, doc = "The milestones, open ones first (by due date, undated last), "
            + "then completed ones (by completion date). Each: name, due, completed (0 when unset), description, "
            + "and with TICKET_VIEW: total, closed, percentDone (closed of total, rounded down), byStatus and byType "
            + "(ticket counts). Milestones need MILESTONE_VIEW to be listed.")
    List<Map<String, Object>> getAll(@Param(doc = "include completed milestones", defaultValue = "true")
                                     boolean showCompleted, Caller caller);

    @RpcMethod(kind = READ, permission = VIEW, doc = "One milestone's roadmap entry, as roadmap.getAll shows it.")
    Map<String, Object> get(@Id String name, Caller caller);
}
