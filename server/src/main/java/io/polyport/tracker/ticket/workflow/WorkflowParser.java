package io.polyport.tracker.ticket.workflow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a workflow from Trac's {@code [ticket-workflow]} keys: {@code action = from1,from2 -> to} plus
 * {@code action.label}, {@code .operations}, {@code .permissions}, {@code .default}, {@code .set_owner} and
 * {@code .set_resolution}. Mistakes are reported when the server starts, not when a ticket is updated.
 */
public final class WorkflowParser {
    private static final Set<String> ATTRIBUTES = Set.of("label", "operations", "permissions", "default",
            "set_owner", "set_resolution");

    private WorkflowParser() {
    }

    /** Trac's default workflow. */
    public static Map<String, String> defaultKeys() {
        try (InputStream in = WorkflowParser.class.getResourceAsStream("default-workflow.ini")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> keys = new LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                int equals = line.indexOf('=');
                if (!line.isEmpty() && !line.startsWith("#") && equals > 0) {
                    keys.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The actions declared by {@code keys}, in declaration order. */
    public static List<WorkflowAction> parse(Map<String, String> keys) {
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        Map<String, String> transitions = new LinkedHashMap<>();
        keys.forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot < 0) {
                transitions.put(key, value);
                attributes.computeIfAbsent(key, k -> new LinkedHashMap<>());
            } else {
                String attribute = key.substring(dot + 1);
                if (!ATTRIBUTES.contains(attribute)) {
                    throw new IllegalArgumentException("workflow key '" + key + "': unknown attribute");
                }
                attributes.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>()).put(attribute, value);
            }
        });
        List<WorkflowAction> actions = new ArrayList<>();
        attributes.forEach((name, attrs) -> {
            String transition = transitions.get(name);
            if (transition == null) {
                throw new IllegalArgumentException("workflow action '" + name + "' has attributes but no transition");
            }
            actions.add(action(name, transition, attrs));
        });
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("the ticket workflow declares no action");
        }
        return actions;
    }

    private static WorkflowAction action(String name, String transition, Map<String, String> attrs) {
        int arrow = transition.indexOf("->");
        if (arrow < 0) {
            throw new IllegalArgumentException("workflow action '" + name + "': expected 'from -> to', got '"
                    + transition + "'");
        }
        Set<String> from = new LinkedHashSet<>(list(transition.substring(0, arrow)));
        String to = transition.substring(arrow + 2).strip();
        if (from.isEmpty() || to.isEmpty()) {
            throw new IllegalArgumentException("workflow action '" + name + "': empty status in '" + transition + "'");
        }
        int order;
        try {
            order = Integer.parseInt(attrs.getOrDefault("default", "0").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("workflow action '" + name + "': .default must be an integer", e);
        }
        List<WorkflowAction.Operation> operations = list(attrs.getOrDefault("operations", "")).stream()
                .map(WorkflowAction.Operation::parse).toList();
        return new WorkflowAction(name, attrs.getOrDefault("label", name).strip(), from, to, operations,
                list(attrs.getOrDefault("permissions", "")), order, list(attrs.getOrDefault("set_owner", "")),
                list(attrs.getOrDefault("set_resolution", "")));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
