package io.polyport.tracker.ticket.workflow;

import java.util.List;
import java.util.Set;

/**
 * One workflow action, as declared by Trac's {@code [ticket-workflow]} keys.
 *
 * @param name          the action name, e.g. {@code resolve}
 * @param label         the label shown to users, default the name
 * @param fromStatuses  the statuses it is available in; {@code *} means any
 * @param toStatus      the status it leads to; {@code *} keeps the current one
 * @param operations    what it does besides changing the status, e.g. {@code set_owner}
 * @param permissions   the caller needs at least one of them; empty means anyone
 * @param order         its {@code .default} value: actions with higher values are offered first
 * @param ownerOptions  the owners {@code set_owner} may choose from ({@code .set_owner}); empty means anyone
 * @param resolutions   the resolutions {@code set_resolution} may choose from ({@code .set_resolution});
 *                      empty means every resolution
 */
public record WorkflowAction(String name, String label, Set<String> fromStatuses, String toStatus,
                             List<Operation> operations, List<String> permissions, int order,
                             List<String> ownerOptions, List<String> resolutions) {
    /** The side effects an action can have, with Trac's names. */
    public enum Operation {
        LEAVE_STATUS, SET_OWNER, SET_OWNER_TO_SELF, MAY_SET_OWNER, DEL_OWNER, SET_RESOLUTION, DEL_RESOLUTION;

        /** The operation Trac calls {@code name}. */
        static Operation parse(String name) {
            for (Operation operation : values()) {
                if (operation.name().equalsIgnoreCase(name)) {
                    return operation;
                }
            }
            throw new IllegalArgumentException("unknown workflow operation '" + name + "'");
        }
    }

    /** Whether the action is available on a ticket in {@code status}. */
    public boolean appliesTo(String status) {
        return fromStatuses.contains("*") || fromStatuses.contains(status);
    }

    /** The status after the action on a ticket in {@code status}. */
    public String nextStatus(String status) {
        return toStatus.equals("*") ? status : toStatus;
    }

    /** The name of the input that carries the new owner. */
    public String ownerInput() {
        return "action_" + name + "_reassign_owner";
    }

    /** The name of the input that carries the resolution. */
    public String resolutionInput() {
        return "action_" + name + "_resolve_resolution";
    }
}
