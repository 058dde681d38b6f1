package io.polyport.tracker.ticket;

import static io.polyport.tracker.ticket.TicketRpcFixture.ADMIN;
import static io.polyport.tracker.ticket.TicketRpcFixture.USER;
import static io.polyport.tracker.ticket.TicketRpcFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.error.ErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketAdminTest {
    @RegisterExtension
    final TicketRpcFixture rpc = new TicketRpcFixture();

    @Test
    void freshDatabaseHoldsTracsDefaults() {
        assertThat(rpc.call(VIEWER, "ticket.type.getAll")).isEqualTo(List.of("defect", "enhancement", "task"));
        assertThat(rpc.admin("ticket.priority.getAll"))
                .isEqualTo(List.of("blocker", "critical", "major", "minor", "trivial"));
        assertThat(rpc.admin("ticket.resolution.getAll"))
                .isEqualTo(List.of("fixed", "invalid", "wontfix", "duplicate", "worksforme"));
        assertThat(rpc.admin("ticket.severity.getAll")).isEqualTo(List.of());
        assertThat(rpc.admin("ticket.component.getAll")).isEqualTo(List.of("component1", "component2"));
        assertThat(rpc.admin("ticket.milestone.getAll"))
                .isEqualTo(List.of("milestone1", "milestone2", "milestone3", "milestone4"));
        assertThat(rpc.admin("ticket.version.getAll")).isEqualTo(List.of("1.0", "2.0"));
        assertThat(rpc.admin("ticket.status.getAll"))
                .isEqualTo(List.of("accepted", "assigned", "closed", "new", "reopened"));
        assertThat(rpc.admin("ticket.priority.get", "major")).isEqualTo("3");
        assertThat(rpc.admin("ticket.status.get", "new")).isEqualTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "priority", "severity", "resolution"})
    void enumsCanBeCreatedMovedAndDeletedWithRenumbering(String namespace) {
        String label = Character.toUpperCase(namespace.charAt(0)) + namespace.substring(1);
        rpc.admin("ticket." + namespace + ".create", "zz1", "");
        rpc.admin("ticket." + namespace + ".create", "zz2", "");
        @SuppressWarnings("unchecked")
        List<String> all = (List<String>) rpc.admin("ticket." + namespace + ".getAll");
        assertThat(all).endsWith("zz1", "zz2");
        assertThat(rpc.admin("ticket." + namespace + ".get", "zz2")).isEqualTo(Integer.toString(all.size()));

        rpc.admin("ticket." + namespace + ".delete", "zz1");
        assertThat(rpc.admin("ticket." + namespace + ".get", "zz2")).isEqualTo(Integer.toString(all.size() - 1));
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket." + namespace + ".get", "zz1")
                .hasMessage(label + " zz1 does not exist.");
        rpc.fails(ErrorCode.CONFLICT, ADMIN, "ticket." + namespace + ".create", "zz2", "");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket." + namespace + ".update", "zz2", "first");
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket." + namespace + ".update", "nope", "1");
        rpc.fails(ErrorCode.PERMISSION_DENIED, USER, "ticket." + namespace + ".create", "x", "");

        rpc.admin("ticket." + namespace + ".update", "zz2", "0");
        assertThat(rpc.adminList("ticket." + namespace + ".getAll")).startsWith("zz2");
    }

    @Test
    void deletingAnEnumValueClearsItFromTicketsWithARecordedChange() {
        rpc.admin("ticket.severity.create", "high", "1");
        int id = rpc.create("s", Map.of("severity", "high"));
        String ts = (String) rpc.attributes(id).get("_ts");
        rpc.admin("ticket.severity.delete", "high");
        assertThat(rpc.attributes(id)).containsEntry("severity", "").doesNotContainEntry("_ts", ts);
        assertThat(rpc.changeLog(id)).extracting(row -> row.subList(1, 5))
                .containsExactly(List.of("admin", "severity", "high", ""),
                        List.of("admin", "comment", "1", "Severity high deleted."));
    }

    @Test
    void milestonesRoundTripDatesAndRenameFollowsIntoTickets() {
        Instant due = Instant.parse("2009-06-19T16:46:00Z");
        rpc.admin("ticket.milestone.create", "m5", Map.of("due", due, "description", "fifth"));
        assertThat(rpc.admin("ticket.milestone.get", "m5"))
                .isEqualTo(Map.of("name", "m5", "due", due, "completed", 0, "description", "fifth"));
        assertThat(rpc.admin("ticket.milestone.get", "milestone1"))
                .isEqualTo(Map.of("name", "milestone1", "due", 0, "completed", 0, "description", ""));
        assertThat(rpc.adminList("ticket.milestone.getAll")).startsWith("m5");

        int id = rpc.create("planned", Map.of("milestone", "m5"));
        rpc.admin("ticket.milestone.update", "m5", Map.of("name", "m6", "completed", due));
        assertThat(rpc.attributes(id)).containsEntry("milestone", "m6");
        assertThat(rpc.admin("ticket.milestone.get", "m6")).isEqualTo(
                Map.of("name", "m6", "due", due, "completed", due, "description", "fifth"));
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.milestone.get", "m5").hasMessage("Milestone m5 does not exist.");

        rpc.admin("ticket.milestone.delete", "m6");
        assertThat(rpc.attributes(id)).containsEntry("milestone", "");
        rpc.fails(ErrorCode.CONFLICT, ADMIN, "ticket.milestone.create", "milestone1", Map.of());
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.milestone.create", "m7", Map.of("colour", "red"))
                .hasMessageContaining("colour");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.milestone.create", "  ", Map.of());
    }

    @Test
    void milestonePermissionsAreMilestoneActions() {
        assertThat((List<?>) rpc.call(USER, "ticket.milestone.getAll")).hasSize(4);
        rpc.fails(ErrorCode.PERMISSION_DENIED, USER, "ticket.milestone.create", "m", Map.of())
                .hasMessageContaining("MILESTONE_CREATE");
        rpc.fails(ErrorCode.PERMISSION_DENIED, USER, "ticket.milestone.delete", "milestone1")
                .hasMessageContaining("MILESTONE_DELETE");
        rpc.fails(ErrorCode.PERMISSION_DENIED, VIEWER, "ticket.milestone.get", "milestone1")
                .hasMessageContaining("MILESTONE_VIEW");
    }

    @Test
    void componentsOwnTheirNewTicketsAndRenamesFollow() {
        rpc.admin("ticket.component.create", "ui", Map.of("owner", "carol", "description", "screens"));
        assertThat(rpc.admin("ticket.component.get", "ui"))
                .isEqualTo(Map.of("name", "ui", "owner", "carol", "description", "screens"));
        int id = rpc.create("button", Map.of("component", "ui"));
        assertThat(rpc.attributes(id)).containsEntry("owner", "carol");

        rpc.admin("ticket.component.update", "ui", Map.of("name", "frontend", "owner", "dave"));
        assertThat(rpc.attributes(id)).containsEntry("component", "frontend").containsEntry("owner", "carol");
        assertThat(rpc.admin("ticket.component.get", "frontend"))
                .isEqualTo(Map.of("name", "frontend", "owner", "dave", "description", "screens"));
        rpc.fails(ErrorCode.CONFLICT, ADMIN, "ticket.component.update", "frontend", Map.of("name", "component1"))
                .hasMessage("Component \"component1\" already exists.");
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.component.get", "nope")
                .hasMessage("Component nope does not exist.");
        rpc.fails(ErrorCode.PERMISSION_DENIED, USER, "ticket.component.delete", "component1")
                .hasMessageContaining("TICKET_ADMIN privileges are required to perform this operation");

        rpc.admin("ticket.component.delete", "frontend");
        assertThat(rpc.attributes(id)).containsEntry("component", "");
        assertThat(rpc.admin("ticket.component.getAll")).isEqualTo(List.of("component1", "component2"));
    }

    @Test
    void versionsKeepTimeAndDescription() {
        Instant time = Instant.parse("2024-03-01T12:00:00Z");
        rpc.admin("ticket.version.create", "9.99", Map.of("time", time, "description", "big"));
        assertThat(rpc.admin("ticket.version.get", "9.99"))
                .isEqualTo(Map.of("name", "9.99", "time", time, "description", "big"));
        assertThat(rpc.adminList("ticket.version.getAll")).contains("9.99");
        int id = rpc.create("v", Map.of("version", "9.99"));
        rpc.admin("ticket.version.update", "9.99", Map.of("name", "10.0", "time", 0));
        assertThat(rpc.admin("ticket.version.get", "10.0"))
                .isEqualTo(Map.of("name", "10.0", "time", 0, "description", "big"));
        assertThat(rpc.attributes(id)).containsEntry("version", "10.0");
        rpc.admin("ticket.version.delete", "10.0");
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.version.get", "10.0");
    }

    @Test
    void statusesComeFromTheWorkflowAndAreReadOnly() {
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.status.create", "x", Map.of())
                .hasMessageContaining("workflow");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.status.delete", "new");
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.status.get", "flying");
    }

    @Test
    @SuppressWarnings("unchecked")
    void ticketFieldsListStandardFieldsInTracsOrderWithOptions() {
        List<Map<String, Object>> fields = (List<Map<String, Object>>) rpc.call(VIEWER, "ticket.getTicketFields");
        assertThat(fields).extracting(f -> f.get("name")).containsExactly("summary", "reporter", "owner",
                "description", "type", "status", "priority", "milestone", "component", "version", "resolution",
                "keywords", "cc", "time", "changetime");
        assertThat(fields.get(6)).isEqualTo(Map.of("name", "priority", "type", "select", "label", "Priority",
                "value", "major", "options", List.of("blocker", "critical", "major", "minor", "trivial")));
        assertThat(fields.get(3)).containsEntry("format", "wiki").containsEntry("type", "textarea");
        assertThat(fields.get(5)).containsEntry("optional", true);

        rpc.admin("ticket.severity.create", "high", "");
        fields = (List<Map<String, Object>>) rpc.admin("ticket.getTicketFields");
        assertThat(fields).extracting(f -> f.get("name")).contains("severity");
    }
}
