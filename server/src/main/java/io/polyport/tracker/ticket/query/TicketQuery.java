package io.polyport.tracker.ticket.query;

import java.util.List;

/**
 * A parsed ticket query: groups of constraints (a ticket matches when it satisfies every constraint of at least
 * one group), the ordering and the page wanted.
 *
 * @param groups    the constraint groups, joined by {@code or}; one empty group matches every ticket
 * @param order     the field to sort by, default {@code priority}
 * @param desc      whether to sort by {@code order} descending
 * @param group     the field to group by (sorted before {@code order}), or null
 * @param groupDesc whether to sort the groups descending
 * @param max       the page size; 0 means no limit
 * @param page      the 1-based page
 */
public record TicketQuery(List<List<Constraint>> groups, String order, boolean desc, String group,
                          boolean groupDesc, int max, int page) {
    public TicketQuery {
        groups = groups.stream().map(List::copyOf).toList();
    }

    /** How a constraint compares a field with its values. */
    public enum Mode {
        /** {@code =}: equal to one of the values. */
        EQUALS,
        /** {@code ~=}: contains the value. */
        CONTAINS,
        /** {@code ^=}: starts with the value. */
        STARTS_WITH,
        /** {@code $=}: ends with the value. */
        ENDS_WITH
    }

    /**
     * One field's constraint: the field matches any of {@code values} in {@code mode}, or, when negated, none.
     */
    public record Constraint(String field, boolean negated, Mode mode, List<String> values) {
        public Constraint {
            values = List.copyOf(values);
        }
    }
}
