package io.polyport.server.timeline;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.util.Map;

/** The server's {@code timeline.*} methods: the stream of what happened, as Trac's timeline shows it. */
@RpcService(value = "timeline", resource = "timeline", doc = "What happened: tickets created, changed, commented, closed and reopened; wiki "
        + "pages created, edited and deleted; attachments; milestones completed.")
public interface TimelineService {
    /** The permission of the timeline itself; each event also needs the view permission of its realm. */
    String VIEW = "TIMELINE_VIEW";

    @RpcMethod(kind = MethodKind.LIST, permission = VIEW, doc = "Events after 'cursor' (empty: from the start), "
            + "oldest first, at most 'max' (up to 1000). Returns {events, cursor, more}: pass the returned cursor "
            + "back to get what happened next, with nothing missed or repeated. 'filter' may hold since and until "
            + "(date-times), kinds (e.g. ['ticket.closed', 'wiki']), author, ticket (a number) and page. Each event: "
            + "id, time, kind, author, title, text, realm, target, link. Only events the caller may see: tickets "
            + "need TICKET_VIEW, pages WIKI_VIEW, milestones MILESTONE_VIEW.")
    Map<String, Object> getEvents(@Param(doc = "where the last call stopped", defaultValue = "\"\"") String cursor,
                                  @Param(doc = "what to include", defaultValue = "{}") Map<String, Object> filter,
                                  @Param(doc = "events per call", defaultValue = "100") int max, Caller caller);
}
