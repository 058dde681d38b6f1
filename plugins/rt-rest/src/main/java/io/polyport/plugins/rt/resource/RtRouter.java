package io.polyport.plugins.rt.resource;

import io.polyport.core.error.RpcException;
import io.polyport.plugins.rt.RtConfig;
import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtRequest;
import io.polyport.plugins.rt.http.RtStatus;
import io.polyport.plugins.rt.ticket.RtModel;
import io.polyport.plugins.rt.ticket.Tracker;
import java.util.List;
import java.util.OptionalInt;

/** Maps a REST 1.0 path to the resource that answers it. Login and logout are the protocol's, not here. */
public final class RtRouter {
    private final RtConfig config;

    public RtRouter(RtConfig config) {
        this.config = config;
    }

    /** Answers an authenticated request for a ticket, search, queue or user path. */
    public RtReply route(RtRequest request, Tracker tracker) {
        List<String> path = request.path();
        String kind = path.isEmpty() ? "" : path.get(0);
        try {
            RtModel model = RtModel.load(tracker, config);
            return switch (kind) {
                case "ticket" -> ticket(request, model, path.subList(1, path.size()));
                case "search" -> path.size() == 2 && path.get(1).equals("ticket")
                        ? new SearchResource(model, request).tickets()
                        : RtReply.comments(RtStatus.BAD_REQUEST, "Only tickets can be searched.");
                case "queue" -> path.size() == 2 ? new QueueResource(model, request).show(path.get(1))
                        : invalid(path);
                case "user" -> path.size() == 2 ? new UserResource().show(request.context().caller(), path.get(1))
                        : invalid(path);
                default -> invalid(path);
            };
        } catch (RpcException e) {
            return Failures.of(e, 0, RtStatus.BAD_REQUEST);
        }
    }

    private RtReply ticket(RtRequest request, RtModel model, List<String> rest) {
        TicketResource tickets = new TicketResource(model, request);
        if (rest.isEmpty()) {
            return invalid(rest);
        }
        String first = rest.get(0);
        if (first.equals("new")) {
            return request.isPost() ? tickets.create() : tickets.template();
        }
        if (first.equals("show") && rest.size() == 1) {
            return tickets.show(List.of(request.param("id").orElse("").split("\\s*,\\s*")));
        }
        if (first.equals("link")) {
            return new LinksResource().edit(0);
        }
        OptionalInt parsed = TicketIds.parse(first);
        if (parsed.isEmpty()) {
            return RtReply.comments(RtStatus.OK, "Ticket " + first + " does not exist.");
        }
        int id = parsed.getAsInt();
        String action = rest.size() > 1 ? rest.get(1) : (request.isPost() ? "edit" : "show");
        return switch (action) {
            case "show" -> tickets.show(List.of(first));
            case "edit" -> tickets.edit(id);
            case "comment" -> tickets.comment(id);
            case "take", "untake", "steal" -> tickets.take(id, action);
            case "history" -> history(request, model, id, rest);
            case "attachments" -> attachments(model, id, rest);
            case "links" -> request.isPost() ? new LinksResource().edit(id) : new LinksResource().show(id);
            default -> invalid(rest);
        };
    }

    private static RtReply history(RtRequest request, RtModel model, int id, List<String> rest) {
        HistoryResource history = new HistoryResource(model);
        if (rest.size() == 4 && rest.get(2).equals("id")) {
            return history.one(id, rest.get(3));
        }
        return history.list(id, request.param("format").orElse("s").equalsIgnoreCase("l"));
    }

    private static RtReply attachments(RtModel model, int id, List<String> rest) {
        AttachmentResource attachments = new AttachmentResource(model);
        if (rest.size() == 2) {
            return attachments.list(id);
        }
        if (rest.size() == 4 && rest.get(3).equals("content")) {
            return attachments.content(id, rest.get(2));
        }
        return attachments.show(id, rest.get(2));
    }

    private static RtReply invalid(List<String> path) {
        return RtReply.comments(RtStatus.BAD_REQUEST, "Invalid object specification: '" + String.join("/", path)
                + "'");
    }
}
