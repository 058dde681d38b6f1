package io.polyport.plugins.rt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugin's section {@code plugins.rt-rest} of {@code polyport.yaml}. Every key is optional.
 *
 * @param version        the RT version written in status lines ({@code RT/5.0.3 200 Ok}); some clients check it
 * @param queues         per-queue rules by queue (component) name; queues without a rule are open to every caller
 *                       with the ticket permissions
 * @param statuses       RT status to the Polyport status (and resolution) it sets; RT statuses missing here are
 *                       refused on edit and match nothing in searches
 * @param priorities     priority names to RT's numbers; default: 10 per step from the lowest up
 * @param timeFields     RT's time fields ({@code TimeWorked}, {@code Due}, ...) to the custom fields that keep them
 * @param sessionMinutes how long a login session (cookie) lasts
 */
public record RtConfig(String version, Map<String, QueueRule> queues, Map<String, StatusRule> statuses,
                       Map<String, Integer> priorities, Map<String, String> timeFields, Integer sessionMinutes) {

    /**
     * What a queue demands beyond the ticket permissions.
     *
     * @param restricted  creating, seeing and moving tickets into the queue needs {@code RT_QUEUE_RESTRICTED}
     * @param description shown by {@code queue/NAME}
     */
    public record QueueRule(Boolean restricted, String description) {
        public QueueRule {
            restricted = restricted != null && restricted;
            description = description == null ? "" : description;
        }
    }

    /**
     * A Polyport status and, for closed ones, the resolution set when RT sets the status. Reading maps back by
     * the same table: a ticket shows the first RT status whose status (and resolution, when given) it has.
     *
     * @param status      a status of the configured workflow
     * @param resolutions resolutions that count as this RT status; the first is the one set
     */
    public record StatusRule(String status, List<String> resolutions) {
        public StatusRule {
            if (status == null || status.isBlank()) {
                throw new IllegalArgumentException("a status rule needs a status");
            }
            resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        }
    }

    public RtConfig {
        version = version == null ? "5.0.3" : version;
        queues = queues == null ? Map.of() : Map.copyOf(queues);
        statuses = statuses == null ? defaultStatuses() : statuses;
        priorities = priorities == null ? Map.of() : Map.copyOf(priorities);
        timeFields = timeFields == null ? Map.of() : Map.copyOf(timeFields);
        sessionMinutes = sessionMinutes == null ? 60 : sessionMinutes;
        if (sessionMinutes < 1) {
            throw new IllegalArgumentException("sessionMinutes must be at least 1");
        }
    }

    /** RT's statuses on Trac's default workflow. */
    private static Map<String, StatusRule> defaultStatuses() {
        Map<String, StatusRule> statuses = new LinkedHashMap<>();
        statuses.put("new", new StatusRule("new", null));
        statuses.put("open", new StatusRule("accepted", null));
        statuses.put("resolved", new StatusRule("closed", List.of("fixed", "worksforme", "duplicate")));
        statuses.put("rejected", new StatusRule("closed", List.of("invalid", "wontfix")));
        return statuses;
    }
}
