package io.polyport.jsonrpc;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.error.RpcException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stand-in for Trac's ticket namespace, shaped like the captured ticket #1, for wire comparisons. */
@RpcService(value = "ticket", doc = "Tickets, as far as the protocol tests need them.")
public interface TicketFixture {
    Instant CREATED = Instant.parse("2026-11-22T11:47:10.396056Z");

    @RpcMethod(kind = MethodKind.READ, permission = "TICKET_VIEW", doc = "[id, time_created, time_changed, attrs]")
    List<Object> get(@Id int id);

    @RpcMethod(kind = MethodKind.DELETE, permission = "TICKET_ADMIN", doc = "Deletes a ticket.")
    int delete(@Id int id);

    @RpcMethod(kind = MethodKind.CREATE, permission = "TICKET_CREATE", doc = "Creates a ticket.")
    int create(String summary, String description, @Param(defaultValue = "{}") Map<String, Object> attributes);

    /** Serves ticket #1 only. */
    final class Impl implements TicketFixture {
        @Override
        public List<Object> get(int id) {
            if (id != 1) {
                throw RpcException.notFound("Ticket " + id + " does not exist.");
            }
            Map<String, Object> attrs = new LinkedHashMap<>();
            for (String[] field : new String[][] {{"summary", "Verify summary"}, {"reporter", "admin"},
                    {"owner", "admin"}, {"description", "Verify description"}, {"type", "defect"}, {"status", "new"},
                    {"priority", "major"}, {"milestone", ""}, {"component", ""}, {"version", ""},
                    {"resolution", ""}, {"keywords", "peer"}, {"cc", ""}}) {
                attrs.put(field[0], field[1]);
            }
            attrs.put("time", CREATED);
            attrs.put("changetime", CREATED);
            attrs.put("_ts", "1795348030396056");
            return List.of(1, CREATED, CREATED, attrs);
        }

        @Override
        public int delete(int id) {
            return 0;
        }

        @Override
        public int create(String summary, String description, Map<String, Object> attributes) {
            if (summary.isEmpty()) {
                throw RpcException.invalidField("summary", "Tickets must contain a summary.");
            }
            return 2;
        }
    }
}
