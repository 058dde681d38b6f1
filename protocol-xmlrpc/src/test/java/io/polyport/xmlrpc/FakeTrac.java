package io.polyport.xmlrpc;

import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.error.RpcException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stand-ins for Trac's ticket methods, answering what the probe Trac answered in the wire captures. */
final class FakeTrac {
    static final Instant CREATED = Instant.parse("2026-11-22T11:47:10.396056Z");

    private FakeTrac() {
    }

    /** ticket.get and ticket.getAttachment of the captured ticket #1. */
    @RpcService(value = "ticket", doc = "Tickets.")
    public interface Tickets {
        @RpcMethod(permission = "TICKET_VIEW", doc = "[id, time_created, time_changed, attributes]")
        List<Object> get(int id);

        @RpcMethod(permission = "TICKET_VIEW", doc = "The content of an attachment.")
        byte[] getAttachment(int id, String filename);
    }

    /** ticket.component.create, which needs TICKET_ADMIN. */
    @RpcService(value = "ticket.component", doc = "Components.")
    public interface Components {
        @RpcMethod(permission = "TICKET_ADMIN", doc = "Creates a component.")
        int create(String name, Map<String, Object> attributes);
    }

    static final class TicketsImpl implements Tickets {
        @Override
        public List<Object> get(int id) {
            if (id != 1) {
                throw RpcException.notFound("Ticket " + id + " does not exist.");
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("summary", "Verify summary");
            attributes.put("reporter", "admin");
            attributes.put("owner", "admin");
            attributes.put("description", "Verify description");
            attributes.put("type", "defect");
            attributes.put("status", "new");
            attributes.put("priority", "major");
            attributes.put("milestone", "");
            attributes.put("component", "");
            attributes.put("version", "");
            attributes.put("resolution", "");
            attributes.put("keywords", "peer");
            attributes.put("cc", "");
            attributes.put("time", CREATED);
            attributes.put("changetime", CREATED);
            attributes.put("_ts", "1795348030396056");
            return List.of(id, CREATED, CREATED, attributes);
        }

        @Override
        public byte[] getAttachment(int id, String filename) {
            return new byte[] {0, 1, 2, 'h', 'e', 'l', 'l', 'o', (byte) 0xFF};
        }
    }

    static final class ComponentsImpl implements Components {
        @Override
        public int create(String name, Map<String, Object> attributes) {
            return 0;
        }
    }
}
