package io.polyport.server.timeline;

import io.polyport.core.error.RpcException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a timeline call asks for: a time window, kinds (a kind such as {@code ticket.closed} or a realm such as
 * {@code wiki}), an author, a ticket or a page. Unknown keys are refused so that a typo does not widen the answer.
 *
 * @param since  events at or after, if given
 * @param until  events before, if given
 * @param kinds  kinds or realms; empty for all
 * @param author only this author's events
 * @param ticket only this ticket's events
 * @param page   only this page's events
 */
record TimelineFilter(Optional<Instant> since, Optional<Instant> until, List<String> kinds, Optional<String> author,
                      Optional<Integer> ticket, Optional<String> page) {
    private static final Set<String> KEYS = Set.of("since", "until", "kinds", "author", "ticket", "page");

    static TimelineFilter of(Map<String, Object> filter) {
        for (String key : filter.keySet()) {
            if (!KEYS.contains(key)) {
                throw RpcException.invalidField(key, "Unknown timeline filter '" + key + "'; known: " + KEYS);
            }
        }
        List<String> kinds = new ArrayList<>();
        Object wanted = filter.get("kinds");
        if (wanted instanceof List<?> list) {
            list.forEach(kind -> kinds.add(String.valueOf(kind)));
        } else if (wanted != null) {
            kinds.add(String.valueOf(wanted));
        }
        return new TimelineFilter(time(filter, "since"), time(filter, "until"), kinds,
                Optional.ofNullable(filter.get("author")).map(String::valueOf), ticket(filter.get("ticket")),
                Optional.ofNullable(filter.get("page")).map(String::valueOf));
    }

    private static Optional<Instant> time(Map<String, Object> filter, String key) {
        Object value = filter.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        try {
            return Optional.of(Instant.parse(String.valueOf(value)));
        } catch (java.time.format.DateTimeParseException e) {
            throw RpcException.invalidField(key, "'" + key + "' must be a date-time, not '" + value + "'");
        }
    }

    private static Optional<Integer> ticket(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number) {
            return Optional.of(number.intValue());
        }
        try {
            return Optional.of(Integer.parseInt(String.valueOf(value).replaceFirst("^#", "")));
        } catch (NumberFormatException e) {
            throw RpcException.invalidField("ticket", "'ticket' must be a ticket number, not '" + value + "'");
        }
    }
}
