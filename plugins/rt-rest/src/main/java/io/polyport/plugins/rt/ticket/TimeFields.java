package io.polyport.plugins.rt.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * RT's time fields, kept in the custom fields the configuration names ({@code timeFields: {TimeWorked: worked}}).
 * Unmapped ones show RT's empty value ({@code 0} or {@code Not set}); setting them to anything else is refused.
 */
public final class TimeFields {
    /** RT's duration fields (minutes), shown as {@code 0} when empty. */
    public static final List<String> DURATIONS = List.of("TimeEstimated", "TimeWorked", "TimeLeft");
    /** RT's date fields, shown as {@code Not set} when empty. */
    public static final List<String> DATES = List.of("Starts", "Started", "Due", "Resolved", "Told");

    private final Map<String, String> customFieldByRtName;

    public TimeFields(Map<String, String> customFieldByRtName) {
        this.customFieldByRtName = customFieldByRtName;
    }

    /** The RT name of a time field, in RT's spelling, for any spelling of it. */
    public static Optional<String> rtName(String key) {
        return java.util.stream.Stream.concat(DURATIONS.stream(), DATES.stream())
                .filter(name -> name.equalsIgnoreCase(key)).findFirst();
    }

    /** The custom field that keeps {@code rtName}, if configured. */
    public Optional<String> customField(String rtName) {
        return Optional.ofNullable(customFieldByRtName.get(rtName));
    }

    /** The custom fields used for time fields, which are therefore not offered as {@code CF.{...}}. */
    public java.util.Collection<String> reserved() {
        return customFieldByRtName.values();
    }

    /** The value shown for {@code rtName} of {@code ticket}. */
    public String show(String rtName, TicketSnapshot ticket) {
        boolean date = DATES.contains(rtName);
        String stored = customField(rtName).map(ticket::value).orElse("");
        if (stored.isEmpty()) {
            return date ? RtDates.NOT_SET : "0";
        }
        if (date && stored.chars().allMatch(Character::isDigit)) {
            return RtDates.ticket(Instant.ofEpochSecond(Long.parseLong(stored)));
        }
        return stored;
    }

    /**
     * The custom field value to store for {@code value} of {@code rtName}.
     *
     * @throws IllegalArgumentException with the reason when the field has no place or the value is malformed
     */
    public Optional<Map.Entry<String, Object>> store(String rtName, String value) {
        boolean date = DATES.contains(rtName);
        boolean empty = value.isBlank() || (date ? value.strip().equalsIgnoreCase(RtDates.NOT_SET)
                : value.strip().equals("0"));
        Optional<String> field = customField(rtName);
        if (field.isEmpty()) {
            if (empty) {
                return Optional.empty();
            }
            throw new IllegalArgumentException("not kept by this server");
        }
        if (date) {
            Object stored = RtDates.parse(value).<Object>map(instant -> instant).orElse("");
            return Optional.of(Map.entry(field.get(), stored));
        }
        String minutes = value.strip().toLowerCase(Locale.ROOT).replaceFirst("\\s*min(utes)?$", "");
        if (!minutes.isEmpty() && !minutes.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + value + "' is not a number of minutes");
        }
        return Optional.of(Map.entry(field.get(), minutes));
    }
}
