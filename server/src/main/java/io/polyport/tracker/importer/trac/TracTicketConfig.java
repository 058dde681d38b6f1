package io.polyport.tracker.importer.trac;

import io.polyport.tracker.ticket.CustomFieldConfig;
import io.polyport.tracker.ticket.TicketConfig;
import io.polyport.tracker.ticket.model.FieldType;
import io.polyport.tracker.ticket.model.TicketFields;
import io.polyport.tracker.ticket.workflow.WorkflowParser;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ticket configuration of {@code trac.ini} in Polyport's form: {@code [ticket-custom]} as custom field
 * declarations and {@code [ticket-workflow]} as workflow keys (null when it is Trac's default). Reading it checks
 * that Polyport can use both, before anything is written.
 *
 * @param custom   the custom fields
 * @param workflow the workflow keys, or null for the default workflow
 */
record TracTicketConfig(List<CustomFieldConfig> custom, Map<String, String> workflow) {
    private static final String KIND = "config";
    private static final String CREATION = "<none>";

    /** Reads and checks the ticket sections of {@code ini}; reports the workflow actions Polyport leaves out. */
    static TracTicketConfig read(IniFile ini, ImportReport report) {
        List<CustomFieldConfig> custom = customFields(ini.section("ticket-custom"));
        Map<String, String> workflow = workflow(ini.section("ticket-workflow"), report);
        try {
            new TicketFields(new TicketConfig(custom, workflow, null, null, null, null));
            if (workflow != null) {
                WorkflowParser.parse(workflow);
            }
        } catch (IllegalArgumentException e) {
            throw new TracImportException("trac.ini: " + e.getMessage(), e);
        }
        return new TracTicketConfig(custom, workflow);
    }

    private static List<CustomFieldConfig> customFields(Map<String, String> section) {
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        section.forEach((key, value) -> {
            int dot = key.indexOf('.');
            String name = dot < 0 ? key : key.substring(0, dot);
            Map<String, String> field = attributes.computeIfAbsent(name, n -> new LinkedHashMap<>());
            field.put(dot < 0 ? "type" : key.substring(dot + 1), value);
        });
        return attributes.entrySet().stream().map(entry -> customField(entry.getKey(), entry.getValue())).toList();
    }

    private static CustomFieldConfig customField(String name, Map<String, String> attributes) {
        String type = attributes.get("type");
        if (type == null) {
            throw new TracImportException("trac.ini [ticket-custom]: field '" + name + "' has attributes but no type");
        }
        try {
            FieldType.parse(type);
        } catch (IllegalArgumentException e) {
            throw new TracImportException("trac.ini [ticket-custom]: field '" + name + "' has type '" + type
                    + "', which Polyport does not support (supported: " + Arrays.stream(FieldType.values())
                    .map(FieldType::wireName).collect(Collectors.joining(", ")) + ")", e);
        }
        String options = attributes.get("options");
        Integer order;
        try {
            order = attributes.containsKey("order") ? Integer.valueOf(attributes.get("order").strip()) : null;
        } catch (NumberFormatException e) {
            throw new TracImportException("trac.ini [ticket-custom]: " + name + ".order is not a number", e);
        }
        return new CustomFieldConfig(name, type, attributes.get("label"), attributes.get("value"),
                options == null ? null : Arrays.stream(options.split("\\|", -1)).map(String::strip).toList(),
                order, attributes.get("format"));
    }

    /**
     * The workflow keys, without Trac 1.6's creation actions ({@code <none> -> new}: Polyport creates tickets as
     * {@code new}), or null when what is left is Polyport's default workflow.
     */
    private static Map<String, String> workflow(Map<String, String> section, ImportReport report) {
        if (section.isEmpty()) {
            return null;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        List<String> creation = section.entrySet().stream()
                .filter(entry -> !entry.getKey().contains(".") && entry.getValue().strip().startsWith(CREATION))
                .map(Map.Entry::getKey).toList();
        section.forEach((key, value) -> {
            String action = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (!creation.contains(action)) {
                keys.put(key, value);
            }
        });
        creation.forEach(action -> report.skip(KIND, "[ticket-workflow] " + action,
                "ticket creation action; Polyport creates every ticket as new"));
        return normalized(keys).equals(normalized(WorkflowParser.defaultKeys())) ? null : keys;
    }

    private static Map<String, String> normalized(Map<String, String> keys) {
        Map<String, String> normalized = new TreeMap<>();
        keys.forEach((key, value) -> normalized.put(key, Arrays.stream(value.split(",")).map(String::strip)
                .collect(Collectors.joining(","))));
        return normalized;
    }
}
