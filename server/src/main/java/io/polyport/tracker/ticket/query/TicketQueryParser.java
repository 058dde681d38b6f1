package io.polyport.tracker.ticket.query;

import io.polyport.core.error.RpcException;
import io.polyport.tracker.ticket.query.TicketQuery.Constraint;
import io.polyport.tracker.ticket.query.TicketQuery.Mode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses Trac's query language: {@code &}-separated {@code field<op>value} clauses with the operators
 * {@code = != ~= !~= ^= !^= $= !$=}, {@code |}-separated alternative values, {@code \&} and {@code \|} escapes,
 * {@code or} between groups, and the keywords {@code order}, {@code desc}, {@code group}, {@code groupdesc},
 * {@code max} and {@code page}. Display keywords ({@code col}, {@code row}, {@code report}, {@code format},
 * {@code verbose}) are accepted and ignored. It knows no fields; unknown ones are dropped when the query runs.
 */
public final class TicketQueryParser {
    /** Trac's default page size ({@code [query] items_per_page}). */
    public static final int DEFAULT_MAX = 100;

    private static final Pattern CLAUSES = Pattern.compile("(?<!\\\\)&");
    private static final Pattern ALTERNATIVES = Pattern.compile("(?<!\\\\)\\|");
    private static final Set<String> IGNORED = Set.of("col", "row", "rows", "report", "format", "verbose");

    private TicketQueryParser() {
    }

    /**
     * Parses {@code text}; null (a client's {@code nil}) reads as the empty query, as Trac's does.
     *
     * @throws RpcException with Trac's message for a clause without {@code =} or a bad {@code max}/{@code page}
     */
    public static TicketQuery parse(String text) {
        List<Map<String, List<String>>> groups = new ArrayList<>();
        groups.add(new LinkedHashMap<>());
        Map<String, String> keywords = new LinkedHashMap<>();
        for (String rawClause : CLAUSES.split(text == null ? "" : text, -1)) {
            String clause = rawClause.replace("\\&", "&");
            if (clause.equals("or")) {
                groups.add(new LinkedHashMap<>());
                continue;
            }
            int equals = clause.indexOf('=');
            if (equals < 0) {
                throw RpcException.invalid("Query filter requires field and constraints separated by a \"=\"");
            }
            String field = clause.substring(0, equals);
            String mode = "";
            if (!field.isEmpty() && "~^$".indexOf(field.charAt(field.length() - 1)) >= 0) {
                mode = field.substring(field.length() - 1);
                field = field.substring(0, field.length() - 1);
            }
            if (field.endsWith("!")) {
                mode = "!" + mode;
                field = field.substring(0, field.length() - 1);
            }
            if (field.isEmpty()) {
                throw RpcException.invalid("Query filter requires field name");
            }
            List<String> values = new ArrayList<>();
            for (String value : ALTERNATIVES.split(clause.substring(equals + 1), -1)) {
                values.add(mode + value.replace("\\|", "|"));
            }
            switch (field) {
                case "order", "group", "max", "page", "desc", "groupdesc" -> keywords.put(field, values.get(0));
                default -> {
                    if (!IGNORED.contains(field)) {
                        groups.get(groups.size() - 1).computeIfAbsent(field, k -> new ArrayList<>()).addAll(values);
                    }
                }
            }
        }
        List<List<Constraint>> constraints = groups.stream().map(TicketQueryParser::constraints).toList();
        return new TicketQuery(constraints, keywords.getOrDefault("order", "priority"),
                bool(keywords.get("desc")), keywords.get("group"), bool(keywords.get("groupdesc")),
                number(keywords.get("max"), DEFAULT_MAX, "max", 0), number(keywords.get("page"), 1, "page", 1));
    }

    private static List<Constraint> constraints(Map<String, List<String>> group) {
        List<Constraint> constraints = new ArrayList<>();
        group.forEach((field, values) -> {
            String first = values.get(0);
            boolean negated = first.startsWith("!");
            Mode mode = Mode.EQUALS;
            if (first.length() > (negated ? 1 : 0)) {
                mode = switch (first.charAt(negated ? 1 : 0)) {
                    case '~' -> Mode.CONTAINS;
                    case '^' -> Mode.STARTS_WITH;
                    case '$' -> Mode.ENDS_WITH;
                    default -> Mode.EQUALS;
                };
            }
            List<String> plain = new ArrayList<>();
            for (String value : values) {
                if (negated && value.startsWith("!")) {
                    value = value.substring(1);
                }
                if (mode != Mode.EQUALS && !value.isEmpty() && value.charAt(0) == prefix(mode)) {
                    value = value.substring(1);
                }
                plain.add(value);
            }
            constraints.add(new Constraint(field, negated, mode, plain));
        });
        return constraints;
    }

    private static char prefix(Mode mode) {
        return switch (mode) {
            case CONTAINS -> '~';
            case STARTS_WITH -> '^';
            case ENDS_WITH -> '$';
            case EQUALS -> '=';
        };
    }

    private static boolean bool(String value) {
        return value != null && Set.of("1", "true", "yes", "on").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static int number(String value, int absent, String name, int minimum) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= minimum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, in Trac's words
        }
        throw RpcException.invalid("Query " + name + " " + value + " is invalid.");
    }
}
