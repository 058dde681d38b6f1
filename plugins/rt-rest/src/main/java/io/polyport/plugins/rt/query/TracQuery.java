package io.polyport.plugins.rt.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query in Polyport's (Trac's) query language, built as groups joined by {@code or}, each group a conjunction
 * of clauses. Within a group a field may appear once, as Trac's language merges repeated fields into
 * alternatives; {@link #and} refuses conjunctions it cannot express.
 */
final class TracQuery {
    /** One clause: {@code field op value|value...}, op one of {@code = != ~= !~=}. */
    record Clause(String field, String op, List<String> values) {
        String write() {
            StringBuilder text = new StringBuilder(field).append(op);
            for (int i = 0; i < values.size(); i++) {
                text.append(i == 0 ? "" : "|").append(values.get(i).replace("&", "\\&").replace("|", "\\|"));
            }
            return text.toString();
        }
    }

    private static final int MAX_GROUPS = 256;

    /** Disjunctive normal form: any group, all clauses of it. An empty list matches nothing. */
    final List<List<Clause>> groups;

    private TracQuery(List<List<Clause>> groups) {
        this.groups = groups;
    }

    /** A query matching what {@code clause} matches. */
    static TracQuery of(Clause clause) {
        return new TracQuery(List.of(List.of(clause)));
    }

    /** A query matching every ticket. */
    static TracQuery all() {
        return new TracQuery(List.of(List.of()));
    }

    /** A query matching no ticket. */
    static TracQuery none() {
        return new TracQuery(List.of());
    }

    /** Tickets matching any of {@code queries}. */
    static TracQuery or(List<TracQuery> queries) {
        List<List<Clause>> groups = new ArrayList<>();
        queries.forEach(query -> groups.addAll(query.groups));
        bound(groups.size());
        return new TracQuery(groups);
    }

    /** Tickets matching all of {@code queries}. */
    static TracQuery and(List<TracQuery> queries) {
        List<List<Clause>> groups = List.of(List.of());
        for (TracQuery query : queries) {
            List<List<Clause>> product = new ArrayList<>();
            for (List<Clause> left : groups) {
                for (List<Clause> right : query.groups) {
                    List<Clause> merged = new ArrayList<>(left);
                    merged.addAll(right);
                    product.add(merged);
                }
            }
            bound(product.size());
            groups = product;
        }
        List<List<Clause>> expressible = new ArrayList<>();
        for (List<Clause> group : groups) {
            List<Clause> merged = mergeFields(group);
            if (merged != null) {
                expressible.add(merged);
            }
        }
        return new TracQuery(expressible);
    }

    boolean matchesNothing() {
        return groups.isEmpty();
    }

    /** The query text, with {@code suffix} ({@code order=...}) after each group's clauses. */
    String write(String suffix) {
        List<String> texts = new ArrayList<>();
        for (List<Clause> group : groups) {
            List<String> clauses = new ArrayList<>();
            group.forEach(clause -> clauses.add(clause.write()));
            texts.add(String.join("&", clauses));
        }
        String text = String.join("&or&", texts);
        return text.isEmpty() ? suffix : text + "&" + suffix;
    }

    /**
     * Joins the clauses of one field: several negated ones of the same kind become one with alternatives (Trac's
     * AND-NOT), an equality less some excluded values keeps the rest, ranges intersect; anything else on one field
     * twice cannot be written in Trac's language. Null when the group can match nothing.
     */
    private static List<Clause> mergeFields(List<Clause> group) {
        Map<String, Clause> byField = new LinkedHashMap<>();
        for (Clause clause : group) {
            Clause previous = byField.get(clause.field());
            if (previous == null) {
                byField.put(clause.field(), clause);
            } else if (previous.op().equals(clause.op()) && clause.op().startsWith("!")) {
                List<String> values = new ArrayList<>(previous.values());
                values.addAll(clause.values());
                byField.put(clause.field(), new Clause(clause.field(), clause.op(), values));
            } else if (previous.equals(clause)) {
                continue;
            } else if (isEquality(previous) && clause.op().equals("!=")
                    || isEquality(clause) && previous.op().equals("!=")) {
                Clause positive = isEquality(previous) ? previous : clause;
                Clause negative = positive == previous ? clause : previous;
                List<String> remaining = new ArrayList<>(positive.values());
                remaining.removeAll(negative.values());
                if (remaining.isEmpty()) {
                    return null;
                }
                byField.put(clause.field(), new Clause(clause.field(), "=", remaining));
            } else if (Range.isRange(previous) && Range.isRange(clause)) {
                byField.put(clause.field(), Range.intersect(previous, clause));
            } else {
                throw new InvalidQueryException("two conditions on " + clause.field()
                        + " joined by AND are not supported; use OR or one condition");
            }
        }
        return new ArrayList<>(byField.values());
    }

    private static boolean isEquality(Clause clause) {
        return clause.op().equals("=") && !Range.isRange(clause);
    }

    /** Ranges Trac's language writes as one value: {@code time=FROM..TO} and {@code id=FROM-TO}. */
    static final class Range {
        private Range() {
        }

        static boolean isRange(Clause clause) {
            return clause.op().equals("=") && clause.values().size() == 1 && separator(clause) != null;
        }

        static Clause intersect(Clause a, Clause b) {
            String separator = separator(a);
            String[] left = a.values().get(0).split(java.util.regex.Pattern.quote(separator), -1);
            String[] right = b.values().get(0).split(java.util.regex.Pattern.quote(separator), -1);
            boolean numeric = separator.equals("-");
            String from = later(left[0], right[0], numeric);
            String to = earlier(left[1], right[1], numeric);
            return new Clause(a.field(), "=", List.of(from + separator + to));
        }

        private static String separator(Clause clause) {
            String value = clause.values().get(0);
            if (value.contains("..")) {
                return "..";
            }
            return clause.field().equals("id") && value.matches("\\d+-\\d+") ? "-" : null;
        }

        private static String later(String a, String b, boolean numeric) {
            if (a.isEmpty() || b.isEmpty()) {
                return a.isEmpty() ? b : a;
            }
            return compare(a, b, numeric) >= 0 ? a : b;
        }

        private static String earlier(String a, String b, boolean numeric) {
            if (a.isEmpty() || b.isEmpty()) {
                return a.isEmpty() ? b : a;
            }
            return compare(a, b, numeric) <= 0 ? a : b;
        }

        private static int compare(String a, String b, boolean numeric) {
            return numeric ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
        }
    }

    private static void bound(int groups) {
        if (groups > MAX_GROUPS) {
            throw new InvalidQueryException("the query is too complex");
        }
    }
}
