package io.polyport.tracker.ticket.workflow;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.tracker.ticket.TicketConfig;
import io.polyport.tracker.ticket.model.StoredTicket;
import io.polyport.tracker.ticket.workflow.WorkflowAction.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The configured ticket workflow: which actions a caller may take on a ticket, what taking one changes, and how
 * {@code ticket.getActions} describes them. Statuses exist only as the workflow names them.
 */
public final class TicketWorkflow {
    private static final String NONE = "<none>";

    private final List<WorkflowAction> actions;
    private final List<String> statuses;
    private final String defaultResolution;

    public TicketWorkflow(TicketConfig config) {
        List<WorkflowAction> parsed = WorkflowParser.parse(
                config.workflow().isEmpty() ? WorkflowParser.defaultKeys() : config.workflow());
        this.actions = parsed.stream().sorted(Comparator.comparingInt(WorkflowAction::order).reversed()).toList();
        TreeSet<String> names = new TreeSet<>();
        for (WorkflowAction action : parsed) {
            names.addAll(action.fromStatuses());
            names.add(action.toStatus());
        }
        names.remove("*");
        names.remove(NONE);
        names.add("new");
        this.statuses = List.copyOf(names);
        this.defaultResolution = config.defaultResolution();
    }

    /** Every status the workflow names (plus {@code new}, the status of a new ticket), sorted. */
    public List<String> statuses() {
        return statuses;
    }

    /** The actions {@code caller} may take on {@code ticket}, in the order they are offered. */
    public List<WorkflowAction> available(Caller caller, StoredTicket ticket) {
        String status = ticket.value("status");
        return actions.stream()
                .filter(action -> action.appliesTo(status))
                .filter(action -> action.permissions().isEmpty() || action.permissions().stream().anyMatch(caller::has))
                .toList();
    }

    /** The available action called {@code name}, or an error in Trac's words. */
    public WorkflowAction require(Caller caller, StoredTicket ticket, String name) {
        Optional<WorkflowAction> action = available(caller, ticket).stream()
                .filter(a -> a.name().equals(name)).findFirst();
        return action.orElseThrow(() -> RpcException.invalidField("action", "Rpc: Ticket " + ticket.id() + " by "
                + caller.name() + " invalid action '" + name + "'"));
    }

    /**
     * The field values taking {@code action} sets: status, and owner or resolution as its operations say, read
     * from the action's inputs in {@code inputs} where they have one.
     *
     * @param resolutions every resolution the tracker knows, in order
     */
    public Map<String, String> apply(WorkflowAction action, StoredTicket ticket, Caller caller,
                                     Map<String, Object> inputs, List<String> resolutions) {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("status", action.nextStatus(ticket.value("status")));
        for (Operation operation : action.operations()) {
            switch (operation) {
                case SET_OWNER -> changes.put("owner", owner(action, input(inputs, action.ownerInput()),
                        caller.name()));
                case MAY_SET_OWNER -> {
                    String owner = input(inputs, action.ownerInput());
                    if (!owner.isEmpty()) {
                        changes.put("owner", owner(action, owner, owner));
                    }
                }
                case SET_OWNER_TO_SELF -> changes.put("owner", caller.name());
                case DEL_OWNER -> changes.put("owner", "");
                case SET_RESOLUTION -> changes.put("resolution",
                        resolution(action, input(inputs, action.resolutionInput()), resolutions));
                case DEL_RESOLUTION -> changes.put("resolution", "");
                case LEAVE_STATUS -> { }
                default -> throw new IllegalStateException(operation.name());
            }
        }
        return changes;
    }

    /** Whether {@code key} is an input of some action (such attributes are not ticket fields). */
    public static boolean isActionInput(String key) {
        return key.startsWith("action_");
    }

    /** {@code [action, label, hint, inputs]} for {@code ticket.getActions}. */
    public List<Object> describe(WorkflowAction action, StoredTicket ticket, Caller caller, List<String> resolutions) {
        String owner = ticket.value("owner");
        List<String> hints = new ArrayList<>();
        List<Object> inputs = new ArrayList<>();
        for (Operation operation : action.operations()) {
            switch (operation) {
                case LEAVE_STATUS -> hints.add(owner.isEmpty() ? "The ticket will remain with no owner."
                        : "The owner will remain " + AuthorHtml.of(owner) + ".");
                case SET_OWNER, MAY_SET_OWNER -> {
                    List<String> options = action.ownerOptions();
                    String target = options.size() == 1 ? AuthorHtml.of(options.get(0))
                            : options.isEmpty() ? "the specified user" : "the selected user";
                    hints.add("The owner will be changed from " + AuthorHtml.of(owner) + " to " + target + ".");
                    String current = options.isEmpty() || options.contains(caller.name())
                            ? caller.name() : options.get(0);
                    inputs.add(List.of(action.ownerInput(), current, options));
                }
                case SET_OWNER_TO_SELF -> hints.add(owner.equals(caller.name())
                        ? "The owner will remain " + AuthorHtml.of(owner) + "."
                        : "The owner will be changed from " + AuthorHtml.of(owner) + " to "
                        + AuthorHtml.of(caller.name()) + ".");
                case DEL_OWNER -> hints.add("The owner will be removed.");
                case SET_RESOLUTION -> {
                    List<String> options = resolutionOptions(action, resolutions);
                    hints.add(options.size() == 1 ? "The resolution will be set to " + AuthorHtml.escape(options.get(0))
                            + "." : "The resolution will be set.");
                    inputs.add(List.of(action.resolutionInput(), defaultResolution(options), options));
                }
                case DEL_RESOLUTION -> hints.add("The resolution will be deleted.");
                default -> throw new IllegalStateException(operation.name());
            }
        }
        if (!action.toStatus().equals("*")) {
            hints.add("Next status will be '" + AuthorHtml.escape(action.toStatus()) + "'.");
        }
        return List.of(action.name(), action.label(), String.join(" ", hints), inputs);
    }

    private static String owner(WorkflowAction action, String requested, String fallback) {
        String owner = requested.isEmpty() ? fallback : requested;
        if (!action.ownerOptions().isEmpty() && !action.ownerOptions().contains(owner)) {
            throw RpcException.invalidField("owner", "The ticket field owner is invalid: \"" + owner
                    + "\" is not a valid value for action " + action.name());
        }
        return owner;
    }

    private String resolution(WorkflowAction action, String requested, List<String> resolutions) {
        List<String> options = resolutionOptions(action, resolutions);
        String resolution = requested.isEmpty() ? defaultResolution(options) : requested;
        if (!options.contains(resolution)) {
            throw RpcException.invalidField("resolution", "The ticket field resolution is invalid: \"" + resolution
                    + "\" is not a valid value");
        }
        return resolution;
    }

    private static List<String> resolutionOptions(WorkflowAction action, List<String> resolutions) {
        return action.resolutions().isEmpty() ? resolutions : action.resolutions();
    }

    private String defaultResolution(List<String> options) {
        return options.contains(defaultResolution) || options.isEmpty() ? defaultResolution : options.get(0);
    }

    private static String input(Map<String, Object> inputs, String name) {
        Object value = inputs.get(name);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String text)) {
            throw RpcException.invalidField(name, "The workflow input " + name + " needs a string value.");
        }
        return text.strip();
    }
}
