package io.polyport.rest.sample;

import io.polyport.core.error.RpcException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** Tickets in memory with Trac's {@code _ts} check: an update carrying a stale {@code _ts} is a conflict. */
public final class InMemoryTickets implements SampleTickets {
    private final Map<Integer, Map<String, Object>> tickets = new TreeMap<>();
    private final Map<Integer, List<List<Object>>> changes = new TreeMap<>();
    private final Map<Integer, Map<String, byte[]>> attachments = new TreeMap<>();
    private final AtomicLong clock = new AtomicLong(1_000);

    @Override
    public synchronized List<Integer> query(String qstr) {
        List<Integer> ids = new ArrayList<>();
        tickets.forEach((id, fields) -> {
            if (qstr.isEmpty() || qstr.equals("status=" + fields.get("status"))) {
                ids.add(id);
            }
        });
        return ids;
    }

    @Override
    public synchronized List<Integer> getRecentChanges(Instant since) {
        return new ArrayList<>(tickets.keySet());
    }

    @Override
    public synchronized List<Object> get(int id) {
        Map<String, Object> fields = ticket(id);
        return List.of(id, Instant.ofEpochSecond(1), Instant.ofEpochSecond(2), new LinkedHashMap<>(fields));
    }

    @Override
    public synchronized int create(String summary, String description, Map<String, Object> attributes) {
        if (summary.isBlank()) {
            throw RpcException.invalidField("summary", "Tickets must contain a summary.");
        }
        int id = tickets.size() + 1;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", summary);
        fields.put("description", description);
        fields.put("status", "new");
        fields.put("owner", "");
        attributes.forEach(fields::put);
        fields.put("_ts", Long.toString(clock.incrementAndGet()));
        tickets.put(id, fields);
        return id;
    }

    @Override
    public synchronized List<Object> update(int id, String comment, Map<String, Object> attributes) {
        Map<String, Object> fields = ticket(id);
        Map<String, Object> changed = new LinkedHashMap<>(attributes);
        Object ts = changed.remove("_ts");
        if (ts != null && !ts.equals(fields.get("_ts"))) {
            throw RpcException.conflict("Ticket has been updated since last get().");
        }
        changed.remove("action");
        fields.putAll(changed);
        fields.put("_ts", Long.toString(clock.incrementAndGet()));
        changes.computeIfAbsent(id, k -> new ArrayList<>()).add(List.of("comment", comment));
        return get(id);
    }

    @Override
    public synchronized void delete(int id) {
        ticket(id);
        tickets.remove(id);
    }

    @Override
    public synchronized List<List<Object>> changeLog(int id, int when) {
        ticket(id);
        return changes.getOrDefault(id, List.of());
    }

    @Override
    public synchronized List<String> getActions(int id) {
        ticket(id);
        return List.of("leave", "resolve");
    }

    @Override
    public synchronized List<String> listAttachments(int ticket) {
        ticket(ticket);
        return new ArrayList<>(attachments.getOrDefault(ticket, Map.of()).keySet());
    }

    @Override
    public synchronized byte[] getAttachment(int ticket, String filename) {
        byte[] data = attachments.getOrDefault(ticket, Map.of()).get(filename);
        if (data == null) {
            throw RpcException.notFound("Attachment '" + filename + "' does not exist.");
        }
        return data;
    }

    @Override
    public synchronized String putAttachment(int ticket, String filename, String description, byte[] data,
                                             boolean replace) {
        ticket(ticket);
        attachments.computeIfAbsent(ticket, k -> new TreeMap<>()).put(filename, data.clone());
        return filename;
    }

    @Override
    public synchronized boolean deleteAttachment(int ticket, String filename) {
        getAttachment(ticket, filename);
        attachments.get(ticket).remove(filename);
        return true;
    }

    private Map<String, Object> ticket(int id) {
        Map<String, Object> fields = tickets.get(id);
        if (fields == null) {
            throw RpcException.notFound("Ticket " + id + " does not exist.");
        }
        return fields;
    }
}
