package io.polyport.tracker.ticket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ticket} section of the configuration file: custom fields (Trac's {@code [ticket-custom]}), the
 * workflow (Trac's {@code [ticket-workflow]} keys, e.g. {@code resolve: "new,assigned -> closed"}), defaults for
 * new tickets and the attachment size limit.
 *
 * @param custom             custom fields, shown after the standard ones in their {@code order}
 * @param workflow           the workflow in Trac's key form; empty means Trac's default workflow
 * @param attachmentMaxBytes the largest attachment accepted, default 10 MiB
 * @param defaultType        the type of a new ticket when none is given, default {@code defect}
 * @param defaultPriority    the priority of a new ticket when none is given, default {@code major}
 * @param defaultResolution  the resolution a workflow action sets when the client names none, default {@code fixed}
 */
public record TicketConfig(List<CustomFieldConfig> custom, Map<String, String> workflow, Long attachmentMaxBytes,
                           String defaultType, String defaultPriority, String defaultResolution) {
    public TicketConfig {
        custom = custom == null ? List.of() : List.copyOf(custom);
        workflow = workflow == null ? Map.of() : new LinkedHashMap<>(workflow);
        attachmentMaxBytes = attachmentMaxBytes == null ? 10L * 1024 * 1024 : attachmentMaxBytes;
        defaultType = defaultType == null ? "defect" : defaultType;
        defaultPriority = defaultPriority == null ? "major" : defaultPriority;
        defaultResolution = defaultResolution == null ? "fixed" : defaultResolution;
    }

    /** Every setting at its default. */
    public static TicketConfig defaults() {
        return new TicketConfig(null, null, null, null, null, null);
    }
}
