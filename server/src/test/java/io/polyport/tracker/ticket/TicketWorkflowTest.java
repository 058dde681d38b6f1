package io.polyport.tracker.ticket;

import static io.polyport.tracker.ticket.TicketRpcFixture.ADMIN;
import static io.polyport.tracker.ticket.TicketRpcFixture.APPENDER;
import static io.polyport.tracker.ticket.TicketRpcFixture.CHGPROP;
import static io.polyport.tracker.ticket.TicketRpcFixture.USER;
import static io.polyport.tracker.ticket.TicketRpcFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.error.ErrorCode;
import io.polyport.server.config.Config;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketWorkflowTest {
    private static final List<String> RESOLUTIONS = List.of("fixed", "invalid", "wontfix", "duplicate", "worksforme");

    @RegisterExtension
    final TicketRpcFixture rpc = new TicketRpcFixture();

    @Test
    void actionsOfANewTicketWithoutOwnerAsTracDescribesThem() {
        int id = rpc.create("s", Map.of());
        assertThat(rpc.admin("ticket.getActions", id)).isEqualTo(List.of(
                List.of("leave", "leave", "The ticket will remain with no owner.", List.of()),
                List.of("resolve", "resolve", "The resolution will be set. Next status will be 'closed'.",
                        List.of(List.of("action_resolve_resolve_resolution", "fixed", RESOLUTIONS))),
                List.of("reassign", "reassign", "The owner will be changed from <span class=\"trac-author-none\">"
                                + "(none)</span> to the specified user. Next status will be 'assigned'.",
                        List.of(List.of("action_reassign_reassign_owner", "admin", List.of()))),
                List.of("accept", "accept", "The owner will be changed from <span class=\"trac-author-none\">"
                        + "(none)</span> to <span class=\"trac-author-user\">admin</span>. Next status will be "
                        + "'accepted'.", List.of())));
        assertThat(rpc.admin("ticket.getAvailableActions", id))
                .isEqualTo(List.of("leave", "resolve", "reassign", "accept"));
    }

    @Test
    void actionsDependOnStatusAndPermissions() {
        int id = rpc.create("s", Map.of("owner", "admin"));
        assertThat(rpc.call(VIEWER, "ticket.getAvailableActions", id)).isEqualTo(List.of("leave"));
        @SuppressWarnings("unchecked")
        List<Object> leave = ((List<List<Object>>) rpc.admin("ticket.getActions", id)).get(0);
        assertThat(leave.get(2)).isEqualTo("The owner will remain <span class=\"trac-author-user\">admin</span>.");
        rpc.admin("ticket.update", id, "", Map.of("action", "resolve"));
        assertThat(rpc.admin("ticket.getAvailableActions", id)).isEqualTo(List.of("leave", "reopen"));
    }

    @Test
    void eachDefaultActionDoesWhatItSays() {
        int id = rpc.create("s", Map.of());
        rpc.admin("ticket.update", id, "", Map.of("action", "reassign", "action_reassign_reassign_owner", "user"));
        assertThat(rpc.attributes(id)).containsEntry("owner", "user").containsEntry("status", "assigned");

        rpc.call(USER, "ticket.update", id, "mine", Map.of("action", "accept"));
        assertThat(rpc.attributes(id)).containsEntry("owner", "user").containsEntry("status", "accepted");

        rpc.call(USER, "ticket.update", id, "", Map.of("action", "resolve",
                "action_resolve_resolve_resolution", "wontfix"));
        assertThat(rpc.attributes(id)).containsEntry("status", "closed").containsEntry("resolution", "wontfix");

        rpc.call(USER, "ticket.update", id, "", Map.of("action", "reopen"));
        assertThat(rpc.attributes(id)).containsEntry("status", "reopened").containsEntry("resolution", "");

        rpc.call(USER, "ticket.update", id, "", Map.of("action", "resolve"));
        assertThat(rpc.attributes(id)).as("a resolve without a resolution takes the default")
                .containsEntry("status", "closed").containsEntry("resolution", "fixed");

        rpc.call(USER, "ticket.update", id, "still closed", Map.of("action", "leave"));
        assertThat(rpc.attributes(id)).containsEntry("status", "closed");
        assertThat(rpc.changeLog(id)).filteredOn(row -> row.get(2).equals("status")).extracting(row -> row.get(4))
                .containsExactly("assigned", "accepted", "closed", "reopened", "closed");
    }

    @Test
    void workflowUpdateChangesFieldsTooAndIgnoresStatus() {
        int id = rpc.create("s", Map.of());
        rpc.admin("ticket.update", id, "c", Map.of("component", "component1"));
        rpc.admin("ticket.update", id, "d", Map.of("action", "leave", "component", "component2", "status", "closed"));
        assertThat(rpc.attributes(id)).containsEntry("component", "component2").containsEntry("status", "new");
        assertThat(rpc.changeLog(id)).hasSize(4);
    }

    @Test
    void invalidActionsAndInputsAreRefusedAndNothingIsWritten() {
        int id = rpc.create("s", Map.of());
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.update", id, "", Map.of("action", "fly"))
                .hasMessage("Rpc: Ticket " + id + " by admin invalid action 'fly'");
        rpc.fails(ErrorCode.VALIDATION_FAILED, VIEWER, "ticket.update", id, "", Map.of("action", "resolve"))
                .hasMessageContaining("invalid action 'resolve'");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.update", id, "", Map.of("action", "resolve",
                "action_resolve_resolve_resolution", "nope")).hasMessageContaining("resolution");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.update", id, "", Map.of("action", "leave",
                "milestone", "nope")).hasMessage("The ticket field milestone is invalid: \"nope\" is not a valid value");
        assertThat(rpc.changeLog(id)).isEmpty();
        assertThat(rpc.attributes(id)).containsEntry("status", "new");
    }

    @Test
    void workflowPathSeparatesAppendFromChangingProperties() {
        int id = rpc.create("s", Map.of());
        rpc.call(APPENDER, "ticket.update", id, "a comment", Map.of("action", "leave"));
        rpc.fails(ErrorCode.PERMISSION_DENIED, APPENDER, "ticket.update", id, "", Map.of("action", "leave",
                "keywords", "x")).hasMessageContaining("TICKET_CHGPROP");
        rpc.call(CHGPROP, "ticket.update", id, "", Map.of("action", "leave", "keywords", "x"));
        rpc.fails(ErrorCode.PERMISSION_DENIED, VIEWER, "ticket.update", id, "hi", Map.of("action", "leave"))
                .hasMessageContaining("TICKET_APPEND");
        assertThat(rpc.attributes(id)).containsEntry("keywords", "x");
    }

    @Test
    void workflowIsConfigurable() {
        Config config = Config.parse("""
                ticket:
                  workflow:
                    leave: "* -> *"
                    leave.operations: leave_status
                    leave.default: "9"
                    start: "new -> in_progress"
                    start.operations: set_owner_to_self
                    start.label: start work
                    finish: "in_progress -> done"
                    finish.operations: set_resolution
                    finish.set_resolution: fixed
                    finish.permissions: TICKET_MODIFY
                """);
        rpc.reopen(config);
        int id = rpc.create("s", Map.of());
        assertThat(rpc.admin("ticket.status.getAll")).isEqualTo(List.of("done", "in_progress", "new"));
        @SuppressWarnings("unchecked")
        List<List<Object>> actions = (List<List<Object>>) rpc.call(VIEWER, "ticket.getActions", id);
        assertThat(actions).extracting(a -> a.get(0)).containsExactly("leave", "start");
        assertThat(actions.get(1).get(1)).isEqualTo("start work");
        rpc.call(VIEWER, "ticket.update", id, "", Map.of("action", "start"));
        assertThat(rpc.attributes(id)).containsEntry("status", "in_progress").containsEntry("owner", "viewer");
        rpc.admin("ticket.update", id, "", Map.of("action", "finish"));
        assertThat(rpc.attributes(id)).containsEntry("status", "done").containsEntry("resolution", "fixed");
    }

    @Test
    void aBrokenWorkflowIsReportedAtStartUp() {
        Config config = Config.parse("""
                ticket:
                  workflow:
                    fly: "new -> air"
                    fly.operations: flap_wings
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rpc.reopen(config))
                .hasStackTraceContaining("unknown workflow operation 'flap_wings'");
    }
}
