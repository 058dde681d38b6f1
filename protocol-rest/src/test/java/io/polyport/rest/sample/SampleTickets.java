package io.polyport.rest.sample;

import static io.polyport.core.annotation.MethodKind.ACTION;
import static io.polyport.core.annotation.MethodKind.CREATE;
import static io.polyport.core.annotation.MethodKind.DELETE;
import static io.polyport.core.annotation.MethodKind.LIST;
import static io.polyport.core.annotation.MethodKind.READ;
import static io.polyport.core.annotation.MethodKind.UPDATE;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A ticket service shaped like Trac's, for testing the derived routes without the tracker. */
@RpcService(value = "ticket", doc = "Sample tickets.")
public interface SampleTickets {
    @RpcMethod(kind = LIST, permission = "TICKET_VIEW", doc = "Ids of matching tickets.")
    List<Integer> query(@Param(defaultValue = "\"\"") String qstr);

    @RpcMethod(kind = LIST, permission = "TICKET_VIEW")
    List<Integer> getRecentChanges(Instant since);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW", doc = "[id, created, changed, attributes]")
    List<Object> get(@Id int id);

    @RpcMethod(kind = CREATE, permission = "TICKET_CREATE")
    int create(String summary, String description, @Param(defaultValue = "{}") Map<String, Object> attributes);

    @RpcMethod(kind = UPDATE, permission = "TICKET_MODIFY")
    List<Object> update(@Id int id, String comment, @Param(defaultValue = "{}") Map<String, Object> attributes);

    @RpcMethod(kind = DELETE, permission = "TICKET_ADMIN")
    void delete(@Id int id);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW")
    List<List<Object>> changeLog(@Id int id, @Param(defaultValue = "0") int when);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW")
    List<String> getActions(@Id int id);

    @RpcMethod(kind = LIST, permission = "TICKET_VIEW")
    List<String> listAttachments(@Id int ticket);

    @RpcMethod(kind = READ, permission = "TICKET_VIEW")
    byte[] getAttachment(@Id int ticket, String filename);

    @RpcMethod(kind = ACTION, permission = "TICKET_APPEND")
    String putAttachment(@Id int ticket, String filename, String description, byte[] data,
                         @Param(defaultValue = "true") boolean replace);

    @RpcMethod(kind = ACTION, permission = "TICKET_ADMIN")
    boolean deleteAttachment(@Id int ticket, String filename);
}
