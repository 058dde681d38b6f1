package io.polyport.tracker.ticket;

import static io.polyport.core.annotation.MethodKind.ACTION;
import static io.polyport.core.annotation.MethodKind.CREATE;
import static io.polyport.core.annotation.MethodKind.DELETE;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;
import static io.polyport.core.annotation.MethodKind.UPDATE;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.ResultShape;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.invoke.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Trac's {@code ticket} namespace: query, read, create, change and delete tickets and their attachments. */
@RpcService(value = "ticket", doc = "An interface to Trac's ticketing system.")
public interface TicketService {

    @RpcMethod(kind = LIST, permission = "TICKET_VIEW", doc = "Perform a ticket query, returning a list of ticket "
            + "ids. Trac's query language: field=value clauses joined by &, operators = != ~= ^= $= (and their "
            + "negations), | between alternatives, order, desc, group, groupdesc, max (default 100, 0 = all), page.")
    List<Integer> query(@Param(doc = "the query", defaultValue = "\"status!=closed\"") String qstr);

    @RpcMethod(kind = LIST, permission = "TICKET_VIEW",
            doc = "Returns a list of IDs of tickets that have changed since timestamp.")
    List<Integer> getRecentChanges(Instant since);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW",
            doc = "Returns the actions that can be performed on the ticket as a list of action names.")
    List<String> getAvailableActions(@Id int id, Caller caller);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "Returns the actions that can be performed on the "
            + "ticket as a list of [action, label, hints, [input_fields]] elements, where input_fields is a list "
            + "of [name, value, [options]] for the workflow inputs of the action.")
    @ResultShape(tuple = {"string action", "string label", "string hints", "array input_fields"})
    List<List<Object>> getActions(@Id int id, Caller caller);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "Fetch a ticket. Returns [id, time_created, "
            + "time_changed, attributes]; attributes holds every field plus time, changetime and _ts, the token "
            + "update() uses to detect concurrent changes.")
    @ResultShape(tuple = {"int id", "DateTime time_created", "DateTime time_changed", "struct attributes"})
    List<Object> get(@Id int id);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "Returns the ticket's description rendered from "
            + "wiki text to HTML, as the wiki renders pages (a Polyport extension; REST: "
            + "GET /rest/tickets/{id}/descriptionhtml).")
    String getDescriptionHTML(@Id int id);

    @RpcMethod(kind = CREATE, permission = "TICKET_CREATE", doc = "Create a new ticket, returning the ticket ID. "
            + "Overriding 'when' requires TICKET_ADMIN.")
    int create(String summary, String description,
               @Param(defaultValue = "{}") Map<String, Object> attributes,
               @Param(defaultValue = "false") boolean notify,
               @Param(defaultValue = "null") Instant when, Caller caller);

    @RpcMethod(kind = UPDATE, permission = "TICKET_VIEW", doc = "Update a ticket, returning the new ticket in the "
            + "same form as get(). With attributes.action the change follows the workflow (inputs such as "
            + "action_resolve_resolve_resolution go in attributes); without it fields are set directly, which "
            + "needs TICKET_MODIFY. A comment needs TICKET_APPEND, field changes TICKET_CHGPROP. Pass the _ts from "
            + "get() to be refused when someone changed the ticket since. Overriding 'author' and 'when' requires "
            + "TICKET_ADMIN.")
    @ResultShape(tuple = {"int id", "DateTime time_created", "DateTime time_changed", "struct attributes"})
    List<Object> update(@Id int id, String comment,
                        @Param(defaultValue = "{}") Map<String, Object> attributes,
                        @Param(defaultValue = "false") boolean notify,
                        @Param(defaultValue = "\"\"") String author,
                        @Param(defaultValue = "null") Instant when, Caller caller);

    @RpcMethod(kind = DELETE, permission = "TICKET_ADMIN", doc = "Delete ticket with the given id.")
    void delete(@Id int id, Caller caller);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "Return the changelog as a list of tuples of the form "
            + "(time, author, field, oldvalue, newvalue, permanent). With 'when' (seconds since the epoch), only "
            + "the changes made in that second.")
    @ResultShape(tuple = {"DateTime time", "string author", "string field", "string oldvalue", "string newvalue",
            "int permanent"})
    List<List<Object>> changeLog(@Id int id, @Param(defaultValue = "0") int when);

    @RpcMethod(kind = LIST, permission = "TICKET_VIEW", doc = "Lists attachments for a given ticket. Returns "
            + "(filename, description, size, time, author) for each attachment; an empty list for a ticket that "
            + "does not exist, as in Trac.")
    @ResultShape(tuple = {"string filename", "string description", "int size", "DateTime time", "string author"})
    List<List<Object>> listAttachments(@Id int ticket);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "Returns the content of an attachment.")
    byte[] getAttachment(@Id int ticket, String filename);

    @RpcMethod(kind = ACTION, permission = "TICKET_APPEND", doc = "Add an attachment, optionally (and by default) "
            + "replacing an existing attachment of the same name, which needs TICKET_ADMIN. Returns the filename "
            + "the attachment was stored under.")
    String putAttachment(@Id int ticket, String filename, String description, byte[] data,
                         @Param(defaultValue = "true") boolean replace, Caller caller);

    @RpcMethod(kind = ACTION, permission = "TICKET_ADMIN", doc = "Delete an attachment.")
    boolean deleteAttachment(@Id int ticket, String filename, Caller caller);

    @RpcMethod(kind = LIST, permission = "TICKET_VIEW", doc = "Return a list of all ticket fields.")
    List<Map<String, Object>> getTicketFields();
}
