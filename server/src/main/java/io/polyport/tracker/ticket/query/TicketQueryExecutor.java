package io.polyport.tracker.ticket.query;

import static io.polyport.server.db.Tables.MILESTONE;
import static io.polyport.server.db.Tables.TICKET;
import static io.polyport.server.db.Tables.TICKET_CUSTOM;
import static io.polyport.server.db.Tables.VERSION;

import io.polyport.core.error.RpcException;
import io.polyport.core.value.DateTimes;
import io.polyport.server.db.tables.Milestone;
import io.polyport.server.db.tables.TicketCustom;
import io.polyport.server.db.tables.Version;
import io.polyport.tracker.ticket.Micros;
import io.polyport.tracker.ticket.model.FieldDef;
import io.polyport.tracker.ticket.model.FieldOptions;
import io.polyport.tracker.ticket.model.FieldType;
import io.polyport.tracker.ticket.model.TicketFields;
import io.polyport.tracker.ticket.model.TicketStore;
import io.polyport.tracker.ticket.query.TicketQuery.Constraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Runs a {@link TicketQuery} as one SQL statement with bound parameters: constraints become a WHERE clause,
 * custom fields and the tables that give enums, milestones and versions their order are LEFT JOINed. Unknown
 * fields are ignored, as Trac does.
 */
public final class TicketQueryExecutor {
    private final TicketFields fields;

    public TicketQueryExecutor(TicketFields fields) {
        this.fields = fields;
    }

    /**
     * The ids of the tickets matching {@code query}, in its order, paged as Trac pages: when every match fits on
     * one page the page number is ignored; a page past the last one is an error.
     */
    public List<Integer> execute(DSLContext dsl, TicketQuery query) {
        Statement statement = new Statement(dsl);
        Condition where = statement.where(query);
        List<SortField<?>> orderBy = new ArrayList<>();
        if (query.group() != null) {
            orderBy.addAll(statement.sort(query.group(), query.groupDesc()));
        }
        orderBy.addAll(statement.sort(query.order(), query.desc()));
        orderBy.add(TICKET.ID.asc());
        Supplier<SelectLimitStep<Record1<Integer>>> select = () -> dsl.select(TICKET.ID).from(statement.from)
                .where(where).orderBy(orderBy);
        if (query.max() == 0) {
            return select.get().fetch(TICKET.ID);
        }
        List<Integer> ids = select.get().limit(query.max()).offset((query.page() - 1) * query.max())
                .fetch(TICKET.ID);
        if (!ids.isEmpty() || query.page() == 1) {
            return ids;
        }
        int total = dsl.fetchCount(dsl.select(TICKET.ID).from(statement.from).where(where));
        if (total <= query.max()) {
            return select.get().limit(query.max()).fetch(TICKET.ID);
        }
        throw RpcException.invalid("Page " + query.page() + " is beyond the number of pages in the query");
    }

    /** The FROM clause and expressions of one statement, growing a join per custom or ordering table used. */
    private final class Statement {
        private final DSLContext dsl;
        private final Map<String, Field<String>> customValues = new HashMap<>();
        private Table<?> from = TICKET;

        Statement(DSLContext dsl) {
            this.dsl = dsl;
        }

        Condition where(TicketQuery query) {
            List<Condition> anyGroup = new ArrayList<>();
            for (List<Constraint> group : query.groups()) {
                List<Condition> all = new ArrayList<>();
                for (Constraint constraint : group) {
                    condition(constraint).ifPresent(all::add);
                }
                if (all.isEmpty()) {
                    return DSL.noCondition();
                }
                anyGroup.add(DSL.and(all));
            }
            return DSL.or(anyGroup);
        }

        private Optional<Condition> condition(Constraint constraint) {
            String name = constraint.field();
            if (name.equals("id")) {
                return Optional.of(negate(ids(constraint.values()), constraint.negated()));
            }
            Optional<FieldDef> field = fields.find(name);
            if (field.isEmpty()) {
                return Optional.empty();
            }
            if (field.get().type() == FieldType.TIME) {
                Field<Long> micros = name.equals("time") ? TICKET.TIME : name.equals("changetime")
                        ? TICKET.CHANGETIME : value(name).cast(SQLDataType.BIGINT);
                List<Condition> ranges = constraint.values().stream().map(v -> timeRange(micros, v)).toList();
                return Optional.of(negate(DSL.or(ranges), constraint.negated()));
            }
            Field<String> value = value(name);
            List<String> values = constraint.values();
            if (constraint.mode() == TicketQuery.Mode.EQUALS) {
                if (values.size() > 1) {
                    return Optional.of(constraint.negated() ? value.notIn(values) : value.in(values));
                }
                return Optional.of(constraint.negated() ? value.ne(values.get(0)) : value.eq(values.get(0)));
            }
            List<Condition> matches = new ArrayList<>();
            for (String text : values) {
                if (!text.isEmpty()) {
                    matches.add(match(name, value, constraint.mode(), text, constraint.negated()));
                }
            }
            if (matches.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(constraint.negated() ? DSL.and(matches) : DSL.or(matches));
        }

        private Condition match(String name, Field<String> value, TicketQuery.Mode mode, String text, boolean not) {
            if (name.equals("keywords") && mode == TicketQuery.Mode.CONTAINS) {
                List<Condition> words = new ArrayList<>();
                for (String word : text.strip().split("\\s+")) {
                    words.add(not ? value.notContainsIgnoreCase(word) : value.containsIgnoreCase(word));
                }
                return not ? DSL.or(words) : DSL.and(words);
            }
            return switch (mode) {
                case CONTAINS -> not ? value.notContainsIgnoreCase(text) : value.containsIgnoreCase(text);
                case STARTS_WITH -> not ? value.startsWithIgnoreCase(text).not() : value.startsWithIgnoreCase(text);
                case ENDS_WITH -> not ? value.endsWithIgnoreCase(text).not() : value.endsWithIgnoreCase(text);
                case EQUALS -> throw new IllegalStateException();
            };
        }

        /** The value expression of a stored field: its column, or its custom value ('' when missing). */
        private Field<String> value(String name) {
            Field<String> column = TicketStore.COLUMNS.get(name);
            if (column != null) {
                return column;
            }
            return customValues.computeIfAbsent(name, n -> {
                TicketCustom custom = TICKET_CUSTOM.as("c_" + customValues.size());
                from = from.leftJoin(custom).on(custom.TICKET.eq(TICKET.ID)).and(custom.NAME.eq(n));
                return DSL.coalesce(custom.VALUE, DSL.inline(""));
            });
        }

        List<SortField<?>> sort(String name, boolean desc) {
            if (name.equals("id")) {
                return List.of(desc ? TICKET.ID.desc() : TICKET.ID.asc());
            }
            if (name.equals("time") || name.equals("changetime")) {
                Field<Long> column = name.equals("time") ? TICKET.TIME : TICKET.CHANGETIME;
                return List.of(desc ? column.desc() : column.asc());
            }
            if (fields.find(name).isEmpty()) {
                return List.of();
            }
            Field<String> value = value(name);
            List<Field<?>> keys = new ArrayList<>();
            if (FieldOptions.ENUM_FIELDS.contains(name)) {
                keys.add(enumPosition(value, FieldOptions.enumNames(dsl, name)));
            } else if (name.equals("milestone")) {
                Milestone milestone = MILESTONE.as("m_order");
                from = from.leftJoin(milestone).on(milestone.NAME.eq(value));
                keys.add(milestone.COMPLETED.isNull().not());
                keys.add(milestone.COMPLETED);
                keys.add(milestone.DUE.isNull());
                keys.add(milestone.DUE);
            } else if (name.equals("version")) {
                Version version = VERSION.as("v_order");
                from = from.leftJoin(version).on(version.NAME.eq(value));
                keys.add(version.TIME.isNull());
                keys.add(version.TIME);
            }
            keys.add(value);
            return keys.stream().<SortField<?>>map(key -> desc ? key.desc() : key.asc()).toList();
        }
    }

    /**
     * The position of an enum value among {@code names} (unknown values last), as a CASE expression: sorting on
     * it needs no join per ticket.
     */
    private static Field<Integer> enumPosition(Field<String> value, List<String> names) {
        if (names.isEmpty()) {
            return DSL.inline(0);
        }
        var position = DSL.choose(value).when(names.get(0), DSL.inline(0));
        for (int i = 1; i < names.size(); i++) {
            position = position.when(names.get(i), DSL.inline(i));
        }
        return position.otherwise(DSL.inline(names.size()));
    }

    private static Condition negate(Condition condition, boolean negated) {
        return negated ? condition.not() : condition;
    }

    /** {@code 2,4}, {@code 2-4} and their combinations, over every alternative value. */
    private static Condition ids(List<String> values) {
        List<Condition> ranges = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String range = part.strip();
                if (range.isEmpty()) {
                    continue;
                }
                int dash = range.indexOf('-', 1);
                try {
                    if (dash < 0) {
                        ranges.add(TICKET.ID.eq(Integer.parseInt(range)));
                    } else {
                        ranges.add(TICKET.ID.between(Integer.parseInt(range.substring(0, dash).strip()),
                                Integer.parseInt(range.substring(dash + 1).strip())));
                    }
                } catch (NumberFormatException e) {
                    throw RpcException.invalid("Query id value '" + range + "' is not a ticket number or range.");
                }
            }
        }
        return ranges.isEmpty() ? DSL.falseCondition() : DSL.or(ranges);
    }

    /** {@code start..end}, {@code start..}, {@code ..end} or {@code start}; the end is exclusive. */
    private static Condition timeRange(Field<Long> micros, String value) {
        int dots = value.indexOf("..");
        String start = dots < 0 ? value.strip() : value.substring(0, dots).strip();
        String end = dots < 0 ? "" : value.substring(dots + 2).strip();
        Condition condition = DSL.noCondition();
        if (!start.isEmpty()) {
            condition = condition.and(micros.ge(instant(start)));
        }
        if (!end.isEmpty()) {
            condition = condition.and(micros.lt(instant(end)));
        }
        return condition;
    }

    private static long instant(String text) {
        try {
            return Micros.of(DateTimes.parse(text));
        } catch (IllegalArgumentException e) {
            throw RpcException.invalid("Query date '" + text + "' is invalid; use YYYY-MM-DD[THH:MM:SS].");
        }
    }
}
