package io.polyport.plugins.rt.query;

import io.polyport.plugins.rt.query.TicketSql.Condition;
import io.polyport.plugins.rt.query.TicketSql.Operator;
import io.polyport.plugins.rt.query.TracQuery.Clause;
import io.polyport.plugins.rt.ticket.CustomFields;
import io.polyport.plugins.rt.ticket.RtDates;
import io.polyport.plugins.rt.ticket.RtModel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Translates TicketSQL into one Polyport ticket query, so a search is one SQL statement with no filtering in
 * memory. RT's fields map as the ticket view shows them: Queue to component, Subject to summary, Status through the
 * status table (to status and resolution), numeric Priority to the priority names with those numbers, Created and
 * LastUpdated to date ranges, {@code CF.{Label}} to the custom field with that label.
 */
public final class TicketSqlTranslator {
    private static final DateTimeFormatter QUERY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Map<String, String> ORDER_FIELDS = Map.of("id", "id", "subject", "summary", "status",
            "status", "priority", "priority", "created", "time", "lastupdated", "changetime", "queue", "component",
            "owner", "owner", "creator", "reporter");

    private final RtModel model;
    private final List<String> hiddenQueues;
    private final Map<String, List<String[]>> pairsByRtStatus = new LinkedHashMap<>();

    /**
     * @param model        the request's model
     * @param statuses     every Polyport status
     * @param resolutions  every resolution
     * @param hiddenQueues queues the caller may not see; their tickets are excluded
     */
    public TicketSqlTranslator(RtModel model, List<String> statuses, List<String> resolutions,
                               List<String> hiddenQueues) {
        this.model = model;
        this.hiddenQueues = hiddenQueues;
        List<String> withNone = new ArrayList<>(resolutions);
        withNone.add("");
        for (String status : statuses) {
            for (String resolution : withNone) {
                pairsByRtStatus.computeIfAbsent(model.statuses().show(status, resolution), k -> new ArrayList<>())
                        .add(new String[] {status, resolution});
            }
        }
    }

    /**
     * The Polyport query for {@code ticketSql} ordered by {@code orderBy} ({@code -id}, {@code +Subject}, ...), all
     * results on one page; empty when it can match nothing.
     *
     * @throws InvalidQueryException for a query that cannot be parsed or has no translation
     */
    public Optional<String> translate(String ticketSql, String orderBy) {
        TracQuery query = TracQuery.and(List.of(expression(TicketSqlParser.parse(ticketSql)), visibleQueues()));
        return query.matchesNothing() ? Optional.empty() : Optional.of(query.write(order(orderBy) + "&max=0"));
    }

    private TracQuery visibleQueues() {
        return hiddenQueues.isEmpty() ? TracQuery.all()
                : TracQuery.of(new Clause("component", "!=", hiddenQueues));
    }

    private TracQuery expression(TicketSql sql) {
        if (sql instanceof TicketSql.And and) {
            return TracQuery.and(and.parts().stream().map(this::expression).toList());
        }
        if (sql instanceof TicketSql.Or or) {
            return TracQuery.or(or.parts().stream().map(this::expression).toList());
        }
        return condition((Condition) sql);
    }

    private TracQuery condition(Condition condition) {
        String field = condition.field().strip();
        String value = condition.value();
        Operator op = condition.operator();
        switch (field.toLowerCase(Locale.ROOT)) {
            case "id":
                return id(op, value);
            case "queue":
                return text("component", op, value);
            case "subject":
                return text("summary", op, value);
            case "owner":
                return text("owner", op, value.equalsIgnoreCase("Nobody") ? "" : value);
            case "creator", "requestor", "requestors", "requestor.emailaddress", "requestors.emailaddress":
                return text("reporter", op, value);
            case "cc":
                return text("cc", op == Operator.EQUALS ? Operator.LIKE : op, value);
            case "status":
                return status(op, value);
            case "priority":
                return priority(op, value);
            case "created":
                return time("time", op, value);
            case "lastupdated":
                return time("changetime", op, value);
            default:
                return customField(field, op, value);
        }
    }

    private TracQuery customField(String field, Operator op, String value) {
        String label = CustomFields.labelOf(field).orElseThrow(() ->
                new InvalidQueryException("the field '" + field + "' is not supported"));
        CustomFields.Field custom = model.customFields().byLabel(label).orElseThrow(() ->
                new InvalidQueryException("there is no custom field '" + label + "'"));
        return text(custom.name(), op, value);
    }

    private static TracQuery text(String field, Operator op, String value) {
        return switch (op) {
            case EQUALS -> TracQuery.of(new Clause(field, "=", List.of(value)));
            case NOT_EQUALS -> TracQuery.of(new Clause(field, "!=", List.of(value)));
            case LIKE -> TracQuery.of(new Clause(field, "~=", List.of(stripWildcards(value))));
            case NOT_LIKE -> TracQuery.of(new Clause(field, "!~=", List.of(stripWildcards(value))));
            case IS_NULL -> TracQuery.of(new Clause(field, "=", List.of("")));
            case IS_NOT_NULL -> TracQuery.of(new Clause(field, "!=", List.of("")));
            default -> throw new InvalidQueryException("'" + field + "' cannot be compared with < or >");
        };
    }

    /** RT's LIKE already means "contains"; a client's own {@code %} wildcards at the ends are dropped. */
    private static String stripWildcards(String value) {
        return value.replaceAll("^%+|%+$", "");
    }

    private static TracQuery id(Operator op, String value) {
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("id must be compared with a number, not '" + value + "'");
        }
        long max = Integer.MAX_VALUE;
        return switch (op) {
            case EQUALS -> TracQuery.of(new Clause("id", "=", List.of(String.valueOf(id))));
            case NOT_EQUALS -> TracQuery.of(new Clause("id", "!=", List.of(String.valueOf(id))));
            case LESS -> range(1, id - 1);
            case LESS_OR_EQUAL -> range(1, id);
            case GREATER -> range(id + 1, max);
            case GREATER_OR_EQUAL -> range(id, max);
            default -> throw new InvalidQueryException("id cannot be compared with " + op);
        };
    }

    private static TracQuery range(long from, long to) {
        long start = Math.max(from, 1);
        return start > to ? TracQuery.none() : TracQuery.of(new Clause("id", "=", List.of(start + "-" + to)));
    }

    private TracQuery status(Operator op, String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        List<String[]> pairs = new ArrayList<>();
        switch (op) {
            case EQUALS -> pairs.addAll(pairsByRtStatus.getOrDefault(wanted, List.of()));
            case NOT_EQUALS -> pairsByRtStatus.forEach((status, list) -> {
                if (!status.equals(wanted)) {
                    pairs.addAll(list);
                }
            });
            default -> throw new InvalidQueryException("Status can only be compared with = and !=");
        }
        return statusPairs(pairs);
    }

    /** The (status, resolution) pairs as clauses: a status whose every resolution is wanted needs no resolution. */
    private TracQuery statusPairs(List<String[]> pairs) {
        Map<String, List<String>> resolutionsByStatus = new LinkedHashMap<>();
        pairs.forEach(pair -> resolutionsByStatus.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
        List<String> whole = new ArrayList<>();
        List<TracQuery> parts = new ArrayList<>();
        resolutionsByStatus.forEach((status, resolutions) -> {
            long possible = pairsByRtStatus.values().stream().flatMap(List::stream)
                    .filter(pair -> pair[0].equals(status)).count();
            if (resolutions.size() == possible) {
                whole.add(status);
            } else {
                parts.add(TracQuery.and(List.of(TracQuery.of(new Clause("status", "=", List.of(status))),
                        TracQuery.of(new Clause("resolution", "=", resolutions)))));
            }
        });
        if (!whole.isEmpty()) {
            parts.add(0, TracQuery.of(new Clause("status", "=", whole)));
        }
        return parts.isEmpty() ? TracQuery.none() : TracQuery.or(parts);
    }

    private TracQuery priority(Operator op, String value) {
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("Priority must be compared with a number, not '" + value + "'");
        }
        IntPredicate test = switch (op) {
            case EQUALS -> n -> n == number;
            case NOT_EQUALS -> n -> n != number;
            case LESS -> n -> n < number;
            case LESS_OR_EQUAL -> n -> n <= number;
            case GREATER -> n -> n > number;
            case GREATER_OR_EQUAL -> n -> n >= number;
            default -> throw new InvalidQueryException("Priority cannot be compared with " + op);
        };
        List<String> names = model.priorities().namesWhere(test);
        return names.isEmpty() ? TracQuery.none() : TracQuery.of(new Clause("priority", "=", names));
    }

    private static TracQuery time(String field, Operator op, String value) {
        Instant at;
        try {
            at = RtDates.parse(value).orElseThrow(() -> new IllegalArgumentException("empty"));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("'" + value + "' is not a date");
        }
        boolean wholeDay = value.strip().length() == 10;
        Instant end = at.plus(1, wholeDay ? ChronoUnit.DAYS : ChronoUnit.SECONDS);
        String from = QUERY_TIME.format(at);
        String next = QUERY_TIME.format(end);
        String range = switch (op) {
            case EQUALS -> from + ".." + next;
            case LESS -> ".." + from;
            case LESS_OR_EQUAL -> ".." + next;
            case GREATER -> next + "..";
            case GREATER_OR_EQUAL -> from + "..";
            default -> throw new InvalidQueryException(field + " cannot be compared with " + op);
        };
        return TracQuery.of(new Clause(field, "=", List.of(range)));
    }

    /** {@code orderby=-id} to {@code order=id&desc=1}; default by id. */
    private static String order(String orderBy) {
        String spec = orderBy == null ? "" : orderBy.strip();
        boolean descending = spec.startsWith("-");
        String name = spec.replaceFirst("^[+-]", "").toLowerCase(Locale.ROOT);
        String field = ORDER_FIELDS.getOrDefault(name.isEmpty() ? "id" : name, "id");
        return "order=" + field + (descending ? "&desc=1" : "");
    }
}
