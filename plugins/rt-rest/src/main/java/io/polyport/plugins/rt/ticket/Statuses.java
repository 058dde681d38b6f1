package io.polyport.plugins.rt.ticket;

import io.polyport.plugins.rt.RtConfig.StatusRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** RT's statuses over Polyport's statuses and resolutions, by the configured table. */
public final class Statuses {
    private final Map<String, StatusRule> rules = new LinkedHashMap<>();

    public Statuses(Map<String, StatusRule> rules) {
        rules.forEach((name, rule) -> this.rules.put(name.toLowerCase(Locale.ROOT), rule));
    }

    /** The RT status a ticket shows: the first rule it matches; otherwise {@code resolved} or {@code open}. */
    public String show(String status, String resolution) {
        for (Map.Entry<String, StatusRule> rule : rules.entrySet()) {
            StatusRule value = rule.getValue();
            if (value.status().equals(status)
                    && (value.resolutions().isEmpty() || value.resolutions().contains(resolution))) {
                return rule.getKey();
            }
        }
        return status.equals("closed") ? "resolved" : status.equals("new") ? "new" : "open";
    }

    /** The rule for an RT status, if it is mapped. */
    public Optional<StatusRule> rule(String rtStatus) {
        return Optional.ofNullable(rules.get(rtStatus.strip().toLowerCase(Locale.ROOT)));
    }

    /** The attributes that set {@code rtStatus}: status, and resolution for closed statuses. */
    public Map<String, Object> attributes(StatusRule rule) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("status", rule.status());
        attributes.put("resolution", rule.resolutions().isEmpty() ? "" : rule.resolutions().get(0));
        return attributes;
    }

    /** The RT statuses that are configured. */
    public List<String> names() {
        return new ArrayList<>(rules.keySet());
    }
}
