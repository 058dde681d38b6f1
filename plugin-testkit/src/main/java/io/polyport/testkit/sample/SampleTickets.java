package io.polyport.testkit.sample;

import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.Param;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.error.RpcException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the core of Trac's ticket API, in memory, for protocols that map tickets (a resource protocol such
 * as RT's): the same names, parameters, permissions and result shapes ({@code get} answers
 * {@code [id, time_created, time_changed, attributes]}). Tickets 1 (new) and 2 (closed) exist from the start;
 * times are fixed, so two fresh instances answer the same calls alike.
 */
@RpcService(value = "ticket", doc = "Conformance kit: a stand-in for Trac's ticket API.")
public interface SampleTickets {
    /** Reading tickets. */
    String VIEW = "TICKET_VIEW";
    /** Creating tickets. */
    String CREATE = "TICKET_CREATE";
    /** Changing tickets. */
    String MODIFY = "TICKET_MODIFY";
    /** Deleting tickets. */
    String ADMIN = "TICKET_ADMIN";

    @RpcMethod(kind = MethodKind.LIST, permission = VIEW,
            doc = "The ids of the tickets matching a query of field=value and field!=value terms joined by &.")
    List<Integer> query(@Param(doc = "The query.", defaultValue = "\"status!=closed\"") String qstr);

    @RpcMethod(kind = MethodKind.READ, permission = VIEW, doc = "[id, time_created, time_changed, attributes].")
    List<Object> get(@Id int id);

    @RpcMethod(kind = MethodKind.CREATE, permission = CREATE, doc = "Creates a ticket; returns its id.")
    int create(String summary, String description,
               @Param(doc = "More fields.", defaultValue = "{}") Map<String, Object> attributes);

    @RpcMethod(kind = MethodKind.UPDATE, permission = MODIFY,
            doc = "Changes fields and adds a comment; returns the ticket as get does.")
    List<Object> update(@Id int id, String comment,
                        @Param(doc = "The fields to change.", defaultValue = "{}") Map<String, Object> attributes);

    @RpcMethod(kind = MethodKind.DELETE, permission = ADMIN, doc = "Deletes a ticket.")
    void delete(@Id int id);

    /** The implementation the kit publishes. */
    final class Impl implements SampleTickets {
        private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

        private record Ticket(Instant created, Instant changed, Map<String, String> fields) {
        }

        private final Map<Integer, Ticket> tickets = new ConcurrentSkipListMap<>();
        private final AtomicInteger lastId = new AtomicInteger();

        public Impl() {
            create("First", "The first ticket.", Map.of("owner", "kit-admin"));
            create("Second", "A closed one.", Map.of("status", "closed", "resolution", "fixed"));
        }

        @Override
        public List<Integer> query(String qstr) {
            List<Integer> ids = new ArrayList<>();
            tickets.forEach((id, ticket) -> {
                if (matches(ticket.fields(), qstr)) {
                    ids.add(id);
                }
            });
            return ids;
        }

        private static boolean matches(Map<String, String> fields, String query) {
            for (String term : query.split("&")) {
                boolean negated = term.contains("!=");
                String[] parts = term.split(negated ? "!=" : "=", 2);
                if (parts.length == 2 && parts[1].equals(fields.getOrDefault(parts[0].strip(), "")) == negated) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public List<Object> get(int id) {
            Ticket ticket = tickets.get(id);
            if (ticket == null) {
                throw RpcException.notFound("Ticket " + id + " does not exist.");
            }
            return List.of(id, ticket.created(), ticket.changed(), new LinkedHashMap<>(ticket.fields()));
        }

        @Override
        public int create(String summary, String description, Map<String, Object> attributes) {
            if (summary.isBlank()) {
                throw RpcException.invalidField("summary", "A ticket needs a summary.");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("status", "new");
            attributes.forEach((name, value) -> fields.put(name, String.valueOf(value)));
            fields.put("summary", summary);
            fields.put("description", description);
            int id = lastId.incrementAndGet();
            Instant created = FIRST.plus(Duration.ofHours(id));
            tickets.put(id, new Ticket(created, created, fields));
            return id;
        }

        @Override
        public List<Object> update(int id, String comment, Map<String, Object> attributes) {
            Ticket ticket = tickets.get(id);
            if (ticket == null) {
                throw RpcException.notFound("Ticket " + id + " does not exist.");
            }
            Map<String, String> fields = new LinkedHashMap<>(ticket.fields());
            attributes.forEach((name, value) -> fields.put(name, String.valueOf(value)));
            tickets.put(id, new Ticket(ticket.created(), ticket.changed().plus(Duration.ofDays(1)), fields));
            return get(id);
        }

        @Override
        public void delete(int id) {
            if (tickets.remove(id) == null) {
                throw RpcException.notFound("Ticket " + id + " does not exist.");
            }
        }
    }
}
