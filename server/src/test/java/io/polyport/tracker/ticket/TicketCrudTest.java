package io.polyport.tracker.ticket;

import static io.polyport.tracker.ticket.TicketRpcFixture.ADMIN;
import static io.polyport.tracker.ticket.TicketRpcFixture.APPENDER;
import static io.polyport.tracker.ticket.TicketRpcFixture.CHGPROP;
import static io.polyport.tracker.ticket.TicketRpcFixture.USER;
import static io.polyport.tracker.ticket.TicketRpcFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketCrudTest {
    @RegisterExtension
    final TicketRpcFixture rpc = new TicketRpcFixture();

    @Test
    @SuppressWarnings("unchecked")
    void createThenGetReturnsEveryFieldTimesAndTimestampToken() {
        int id = (Integer) rpc.call(USER, "ticket.create", "create_get_delete", "fooy");
        assertThat(id).isEqualTo(1);

        List<Object> ticket = (List<Object>) rpc.admin("ticket.get", id);
        assertThat(ticket).hasSize(4);
        assertThat(ticket.get(0)).isEqualTo(1);
        assertThat(ticket.get(1)).isInstanceOf(Instant.class).isEqualTo(ticket.get(2));
        Map<String, Object> attrs = (Map<String, Object>) ticket.get(3);
        assertThat(attrs).containsKeys("summary", "reporter", "owner", "description", "type", "status", "priority",
                "milestone", "component", "version", "resolution", "keywords", "cc", "time", "changetime", "_ts");
        assertThat(attrs).containsEntry("summary", "create_get_delete").containsEntry("description", "fooy")
                .containsEntry("status", "new").containsEntry("reporter", "user").containsEntry("type", "defect")
                .containsEntry("priority", "major").containsEntry("resolution", "").containsEntry("owner", "");
        Instant changetime = (Instant) attrs.get("changetime");
        assertThat(attrs.get("_ts")).isEqualTo(Long.toString(Micros.of(changetime)));
    }

    @Test
    void emptySummaryIsRefusedAndNothingIsStored() {
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.create", "", "d")
                .hasMessage("Tickets must contain a summary.");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.create", "  ", "d");
        assertThat(rpc.query("id=1-100")).isEmpty();
    }

    @Test
    void createWithoutPermissionIsDenied() {
        rpc.fails(ErrorCode.PERMISSION_DENIED, VIEWER, "ticket.create", "s", "d")
                .hasMessageContaining("TICKET_CREATE privileges are required");
    }

    @Test
    void ownerDefaultsToTheComponentOwnerNotTracsPlaceholder() {
        int withComponent = rpc.create("a", Map.of("component", "component1"));
        int withoutComponent = rpc.create("b", Map.of());
        int withOwner = rpc.create("c", Map.of("component", "component1", "owner", "alice"));
        assertThat(rpc.attributes(withComponent)).containsEntry("owner", "somebody");
        assertThat(rpc.attributes(withoutComponent)).containsEntry("owner", "");
        assertThat(rpc.attributes(withOwner)).containsEntry("owner", "alice");
    }

    @Test
    void invalidSelectValueIsRefusedNamingTheField() {
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.create", "s", "d", Map.of("priority", "nope"))
                .hasMessageContaining("priority").hasMessageContaining("\"nope\" is not a valid value");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.create", "s", "d", Map.of("no_such_field", "x"))
                .hasMessageContaining("no_such_field");
        assertThat(rpc.query("id=1-100")).isEmpty();
    }

    @Test
    void statusAndResolutionAreForcedOnCreate() {
        int id = rpc.create("s", Map.of("status", "closed", "resolution", "fixed"));
        assertThat(rpc.attributes(id)).containsEntry("status", "new").containsEntry("resolution", "");
    }

    @Test
    void whenIsHonouredOnlyForTicketAdmin() {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        int adminTicket = (Integer) rpc.call(ADMIN, "ticket.create", "a", "d", Map.of(), false, dayAgo);
        int userTicket = (Integer) rpc.call(USER, "ticket.create", "u", "d", Map.of(), false, dayAgo);
        assertThat(rpc.attributes(adminTicket)).containsEntry("time", dayAgo);
        assertThat((Instant) rpc.attributes(userTicket).get("time")).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void getOfMissingTicketIsNotFound() {
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.get", 9999).hasMessage("Ticket 9999 does not exist.");
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.update", 3344, "c").hasMessage("Ticket 3344 does not exist.");
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.delete", 3344);
    }

    @Test
    void deleteNeedsTicketAdminAndRemovesTheTicket() {
        int id = rpc.create("s", Map.of());
        rpc.fails(ErrorCode.PERMISSION_DENIED, USER, "ticket.delete", id)
                .hasMessage("TICKET_ADMIN privileges are required to perform this operation. You don't have the "
                        + "required permissions.");
        assertThat(rpc.admin("ticket.delete", id)).isEqualTo(0);
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.get", id);
    }

    @Test
    void legacyUpdateChangesFieldsAndRecordsCommentAndChanges() {
        int id = rpc.create("s", Map.of());
        @SuppressWarnings("unchecked")
        List<Object> updated = (List<Object>) rpc.call(USER, "ticket.update", id, "a comment",
                Map.of("component", "component2", "keywords", "k1 k2"));
        @SuppressWarnings("unchecked")
        Map<String, Object> attrs = (Map<String, Object>) updated.get(3);
        assertThat(attrs).containsEntry("component", "component2").containsEntry("keywords", "k1 k2");

        List<List<Object>> log = rpc.changeLog(id);
        assertThat(log).extracting(row -> row.get(2)).containsExactly("component", "keywords", "comment");
        assertThat(log.get(0).subList(1, 6)).containsExactly("user", "component", "", "component2", 1);
        assertThat(log.get(2).subList(1, 6)).containsExactly("user", "comment", "1", "a comment", 1);
        assertThat(log).extracting(row -> row.get(0)).containsOnly(attrs.get("changetime"));
    }

    @Test
    void nilAttributesMeanNone() {
        int id = (Integer) rpc.admin("ticket.create", "s", "d", null);
        rpc.admin("ticket.update", id, "c", null);
        assertThat(rpc.changeLog(id)).hasSize(1);
    }

    @Test
    void noOpUpdateRecordsNothingAndKeepsTheToken() {
        int id = rpc.create("s", Map.of("keywords", "k"));
        Object ts = rpc.attributes(id).get("_ts");
        rpc.admin("ticket.update", id, "", Map.of("keywords", "k"));
        assertThat(rpc.changeLog(id)).isEmpty();
        assertThat(rpc.attributes(id).get("_ts")).isEqualTo(ts);
    }

    @Test
    void staleTimestampIsRefusedOnBothPathsAndNothingIsWritten() {
        int id = rpc.create("s", Map.of());
        Map<String, Object> before = rpc.attributes(id);
        long stale = Long.parseLong((String) before.get("_ts")) - 60_000_000L;

        rpc.fails(ErrorCode.CONFLICT, ADMIN, "ticket.update", id, "c", Map.of("_ts", Long.toString(stale),
                "keywords", "x")).hasMessageContaining("Ticket has been updated since last get");
        rpc.fails(ErrorCode.CONFLICT, ADMIN, "ticket.update", id, "c", Map.of("_ts", stale, "action", "leave",
                "keywords", "x")).hasMessageContaining("Your changes have not been saved");

        assertThat(rpc.changeLog(id)).isEmpty();
        assertThat(rpc.attributes(id)).isEqualTo(before);
    }

    @Test
    void currentTimestampIsAcceptedOnBothPaths() {
        int id = rpc.create("s", Map.of());
        rpc.admin("ticket.update", id, "one", Map.of("_ts", rpc.attributes(id).get("_ts")));
        rpc.admin("ticket.update", id, "two", Map.of("_ts", rpc.attributes(id).get("_ts"), "action", "leave"));
        assertThat(rpc.changeLog(id)).extracting(row -> row.get(4)).containsExactly("one", "two");
    }

    @Test
    void malformedTimestampIsAClearError() {
        int id = rpc.create("s", Map.of());
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.update", id, "c", Map.of("_ts", "abc",
                "action", "leave")).hasMessage("RPC ticket.update: Wrong '_ts' token in attributes ('abc').");
    }

    @Test
    @SuppressWarnings("unchecked")
    void getAttributesFedBackIntoUpdateWork() {
        int id = rpc.create("s", Map.of());
        Map<String, Object> attrs = new HashMap<>(rpc.attributes(id));
        attrs.put("action", "leave");
        List<Object> result = (List<Object>) rpc.call(USER, "ticket.update", id, "feedback", attrs);
        assertThat(((Map<String, Object>) result.get(3)).get("summary")).isEqualTo("s");
    }

    @Test
    void authorOverrideOnlyForTicketAdmin() {
        int id = rpc.create("s", Map.of());
        rpc.admin("ticket.update", id, "by admin");
        rpc.call(ADMIN, "ticket.update", id, "as foo", Map.of(), false, "foo");
        rpc.call(USER, "ticket.update", id, "user tries", Map.of(), false, "foo");
        assertThat(rpc.changeLog(id)).extracting(row -> row.get(1)).containsExactly("admin", "foo", "user");
    }

    @Test
    void backDatingOnlyForTicketAdmin() {
        int id = rpc.create("s", Map.of());
        Instant now = Instant.now();
        Instant twoHoursAgo = now.minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant oneHourAgo = now.minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        rpc.call(ADMIN, "ticket.update", id, "1", Map.of(), false, "", twoHoursAgo);
        rpc.call(ADMIN, "ticket.update", id, "2", Map.of(), false, "", oneHourAgo);
        rpc.call(USER, "ticket.update", id, "3", Map.of(), false, "", twoHoursAgo);
        List<List<Object>> log = rpc.changeLog(id);
        assertThat(log).extracting(row -> row.get(0)).element(0).isEqualTo(twoHoursAgo);
        assertThat(log).extracting(row -> row.get(0)).element(1).isEqualTo(oneHourAgo);
        assertThat((Instant) log.get(2).get(0)).isAfter(now.minusSeconds(1));
    }

    @Test
    void theLegacyPathWithoutActionNeedsModifyAsInTrac() {
        int id = rpc.create("s", Map.of());
        rpc.fails(ErrorCode.PERMISSION_DENIED, APPENDER, "ticket.update", id, "just a comment")
                .hasMessageContaining("TICKET_MODIFY").hasMessageContaining("on Ticket #" + id);
        rpc.fails(ErrorCode.PERMISSION_DENIED, CHGPROP, "ticket.update", id, "", Map.of("keywords", "x"))
                .hasMessageContaining("TICKET_MODIFY").hasMessageContaining("on Ticket #" + id);
        rpc.fails(ErrorCode.PERMISSION_DENIED, VIEWER, "ticket.update", id, "hello")
                .hasMessageContaining("TICKET_MODIFY");
        assertThat(rpc.changeLog(id)).isEmpty();
        rpc.call(CHGPROP, "ticket.update", id, "through the workflow", Map.of("action", "leave", "keywords", "x"));
        assertThat(rpc.changeLog(id)).isNotEmpty();
    }

    @Test
    void legacyUpdateCanSetAValidStatusButNotAnUnknownField() {
        int id = rpc.create("s", Map.of());
        rpc.admin("ticket.update", id, "", Map.of("status", "closed", "resolution", "fixed"));
        assertThat(rpc.attributes(id)).containsEntry("status", "closed").containsEntry("resolution", "fixed");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.update", id, "", Map.of("status", "flying"));
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.update", id, "", Map.of("does_not_exist", "x"))
                .hasMessageContaining("does_not_exist");
    }

    @Test
    void descriptionNewlinesAreStoredAsLineFeeds() {
        int id = (Integer) rpc.admin("ticket.create", "One & Two < Four", "line1\r\nline2\nline3");
        assertThat(rpc.attributes(id)).containsEntry("description", "line1\nline2\nline3")
                .containsEntry("summary", "One & Two < Four");
    }

    @Test
    void changeLogWhenSelectsTheChangesOfThatSecond() {
        int id = rpc.create("s", Map.of());
        Instant first = Instant.parse("2020-01-01T10:00:00Z");
        rpc.call(ADMIN, "ticket.update", id, "first", Map.of(), false, "", first);
        rpc.call(ADMIN, "ticket.update", id, "later", Map.of(), false, "", first.plusSeconds(5));
        @SuppressWarnings("unchecked")
        List<List<Object>> log = (List<List<Object>>) rpc.admin("ticket.changeLog", id, (int) first.getEpochSecond());
        assertThat(log).extracting(row -> row.get(4)).containsExactly("first");
    }
}
