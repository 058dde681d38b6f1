package io.polyport.plugins.rt.query;

import java.util.List;

/** A parsed TicketSQL expression: conditions combined with {@code AND}, {@code OR} and parentheses. */
public sealed interface TicketSql {

    /** All of {@code parts}. */
    record And(List<TicketSql> parts) implements TicketSql {
    }

    /** Any of {@code parts}. */
    record Or(List<TicketSql> parts) implements TicketSql {
    }

    /**
     * {@code field operator value}, e.g. {@code Status != 'resolved'}; {@code IS NULL} has an empty value.
     *
     * @param field    as written, quotes removed
     * @param operator one of {@link Operator}
     * @param value    as written, quotes removed
     */
    record Condition(String field, Operator operator, String value) implements TicketSql {
    }

    /** TicketSQL's comparison operators. */
    enum Operator { EQUALS, NOT_EQUALS, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, LIKE, NOT_LIKE, IS_NULL,
        IS_NOT_NULL }
}
