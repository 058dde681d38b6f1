package io.polyport.plugins.rt.ticket;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Invoker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Polyport's ticket API as this plugin uses it: every call goes through the invoker with the caller's context, so
 * the caller's permissions apply exactly as over XML-RPC. Failures are {@link io.polyport.core.error.RpcException}s.
 */
public final class Tracker {
    private final Invoker invoker;
    private final CallContext context;

    public Tracker(Invoker invoker, CallContext context) {
        this.invoker = invoker;
        this.context = context;
    }

    public CallContext context() {
        return context;
    }

    /** {@code ticket.get}. */
    public TicketSnapshot get(int id) {
        List<?> row = (List<?>) call("ticket.get", id);
        Map<String, String> attributes = new LinkedHashMap<>();
        ((Map<?, ?>) row.get(3)).forEach((name, value) -> attributes.put(String.valueOf(name), text(value)));
        return new TicketSnapshot(((Number) row.get(0)).intValue(), (Instant) row.get(1), (Instant) row.get(2),
                attributes);
    }

    /** {@code ticket.create}; returns the new ticket's number. */
    public int create(String summary, String description, Map<String, Object> attributes) {
        return ((Number) call("ticket.create", summary, description, attributes)).intValue();
    }

    /** {@code ticket.update}: one transaction with every attribute and the comment. */
    public void update(int id, String comment, Map<String, Object> attributes) {
        call("ticket.update", id, comment, attributes);
    }

    /** {@code ticket.query}: ticket numbers in the query's order. */
    public List<Integer> query(String tracQuery) {
        List<Integer> ids = new ArrayList<>();
        for (Object id : (List<?>) call("ticket.query", tracQuery)) {
            ids.add(((Number) id).intValue());
        }
        return ids;
    }

    /** {@code ticket.changeLog}: rows of {@code [time, author, field, old, new, permanent]}. */
    public List<List<?>> changeLog(int id) {
        return rows(call("ticket.changeLog", id));
    }

    /**
     * {@code ticket.listAttachments}: rows of {@code [filename, description, size, time, author]}, oldest first, so
     * that a row's position (RT's attachment number) never changes when files are added.
     */
    public List<List<?>> attachments(int id) {
        List<List<?>> rows = rows(call("ticket.listAttachments", id));
        rows.sort(java.util.Comparator.comparing((List<?> row) -> (Instant) row.get(3))
                .thenComparing(row -> String.valueOf(row.get(0))));
        return rows;
    }

    /** {@code ticket.getAttachment}. */
    public byte[] attachment(int id, String filename) {
        return (byte[]) call("ticket.getAttachment", id, filename);
    }

    /** {@code ticket.putAttachment} without replacing a file of the same name. */
    public void putAttachment(int id, String filename, String description, byte[] content) {
        call("ticket.putAttachment", id, filename, description, content, false);
    }

    /** {@code ticket.getTicketFields}. */
    public List<Map<String, Object>> fields() {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Object field : (List<?>) call("ticket.getTicketFields")) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) field).forEach((k, v) -> copy.put(String.valueOf(k), v));
            fields.add(copy);
        }
        return fields;
    }

    /** {@code ticket.component.getAll}. */
    public List<String> components() {
        return strings(call("ticket.component.getAll"));
    }

    /** {@code ticket.status.getAll}: the workflow's statuses. */
    public List<String> statuses() {
        return strings(call("ticket.status.getAll"));
    }

    /** {@code ticket.resolution.getAll}. */
    public List<String> resolutions() {
        return strings(call("ticket.resolution.getAll"));
    }

    /** {@code ticket.priority.getAll}, highest first. */
    public List<String> priorities() {
        return strings(call("ticket.priority.getAll"));
    }

    private Object call(String method, Object... args) {
        return invoker.invoke(context, method, List.of(args));
    }

    private static List<List<?>> rows(Object value) {
        List<List<?>> rows = new ArrayList<>();
        for (Object row : (List<?>) value) {
            rows.add((List<?>) row);
        }
        return rows;
    }

    private static List<String> strings(Object value) {
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Instant instant ? String.valueOf(instant.getEpochSecond())
                : String.valueOf(value);
    }
}
