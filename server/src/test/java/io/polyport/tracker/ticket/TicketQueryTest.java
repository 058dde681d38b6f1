package io.polyport.tracker.ticket;

import static io.polyport.tracker.ticket.TicketRpcFixture.ADMIN;
import static io.polyport.tracker.ticket.TicketRpcFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.invoke.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketQueryTest {
    private static final Caller NO_TICKETS = new Caller("wiki", true, Set.of("XML_RPC", "WIKI_VIEW"));

    @RegisterExtension
    final TicketRpcFixture rpc = new TicketRpcFixture();

    /** Trac's plugin tests: tickets (type, owner) = (enhancement, A), (task, B), (defect, A). */
    private void threeTickets() {
        rpc.create("one", Map.of("type", "enhancement", "owner", "A"));
        rpc.create("two", Map.of("type", "task", "owner", "B"));
        rpc.create("three", Map.of("type", "defect", "owner", "A"));
    }

    @Test
    void orderAndGroupAsTracsOwnTests() {
        threeTickets();
        assertThat(rpc.query("order=type")).containsExactly(3, 1, 2);
        assertThat(rpc.query("order=owner")).containsExactly(1, 3, 2);
        assertThat(rpc.query("order=owner&desc=1")).containsExactly(2, 1, 3);
        assertThat(rpc.query("group=owner")).containsExactly(1, 3, 2);
        assertThat(rpc.query("group=owner&groupdesc=1")).containsExactly(2, 1, 3);
        assertThat(rpc.query("group=owner&groupdesc=1&order=type")).containsExactly(2, 3, 1);
        assertThat(rpc.query("group=owner&groupdesc=1&order=type&col=id&col=summary&col=owner"))
                .containsExactly(2, 3, 1);
        assertThat(rpc.query("order=id&desc=1")).containsExactly(3, 2, 1);
    }

    @Test
    void defaultOrderIsByPriorityValueThenId() {
        rpc.create("minor", Map.of("priority", "minor"));
        rpc.create("blocker", Map.of("priority", "blocker"));
        rpc.create("major", Map.of("priority", "major"));
        rpc.create("critical", Map.of("priority", "critical"));
        rpc.create("blocker too", Map.of("priority", "blocker"));
        assertThat(rpc.query("status!=closed")).containsExactly(2, 5, 4, 3, 1);
        assertThat(rpc.query("status!=closed&order=priority&max=3")).containsExactly(2, 5, 4);
        assertThat(rpc.query("order=priority&desc=1")).containsExactly(1, 3, 4, 2, 5);
    }

    @Test
    void defaultQueryIsOpenTicketsAndIgnoredClausesDropTheStatusFilter() {
        int open = rpc.create("open", Map.of());
        int closed = rpc.create("closed", Map.of());
        rpc.admin("ticket.update", closed, "", Map.of("action", "resolve"));
        assertThat(rpc.admin("ticket.query")).isEqualTo(List.of(open));
        assertThat(rpc.query("foo=bar")).containsExactly(open, closed);
        assertThat(rpc.query("order=id")).containsExactly(open, closed);
        assertThat(rpc.query("status=closed")).containsExactly(closed);
    }

    @Test
    void equalityNegationAndAlternatives() {
        threeTickets();
        assertThat(rpc.query("owner=A")).containsExactly(1, 3);
        assertThat(rpc.query("owner!=A")).containsExactly(2);
        assertThat(rpc.query("type=task|defect&order=id")).containsExactly(2, 3);
        assertThat(rpc.query("type!=task|defect")).containsExactly(1);
        assertThat(rpc.query("owner=A&type=defect")).containsExactly(3);
    }

    @Test
    void containsStartsAndEndsWithTheirNegations() {
        rpc.create("Alpha crash", Map.of("keywords", "ui crash"));
        rpc.create("Beta hang", Map.of("keywords", "server"));
        rpc.create("alphabet soup", Map.of("keywords", "crash ui"));
        assertThat(rpc.query("summary~=crash")).containsExactly(1);
        assertThat(rpc.query("summary~=ALPHA&order=id")).containsExactly(1, 3);
        assertThat(rpc.query("summary!~=alpha")).containsExactly(2);
        assertThat(rpc.query("summary^=alpha&order=id")).containsExactly(1, 3);
        assertThat(rpc.query("summary!^=alpha")).containsExactly(2);
        assertThat(rpc.query("summary$=soup")).containsExactly(3);
        assertThat(rpc.query("summary!$=soup&order=id")).containsExactly(1, 2);
        assertThat(rpc.query("summary=~hang")).as("value prefix sets the mode").containsExactly(2);
        assertThat(rpc.query("summary~=crash|hang&order=id")).containsExactly(1, 2);
        assertThat(rpc.query("keywords~=crash ui&order=id")).as("every word").containsExactly(1, 3);
        assertThat(rpc.query("summary~=%&order=id")).as("LIKE wildcards are literal").isEmpty();
        assertThat(rpc.query("summary~=_&order=id")).isEmpty();
    }

    @Test
    void emptyValueMatchesEmptyField() {
        rpc.create("planned", Map.of("milestone", "milestone1"));
        rpc.create("unplanned", Map.of());
        assertThat(rpc.query("milestone=")).containsExactly(2);
        assertThat(rpc.query("milestone!=")).containsExactly(1);
    }

    @Test
    void idListsAndRanges() {
        for (int i = 1; i <= 6; i++) {
            rpc.create("t" + i, Map.of());
        }
        assertThat(rpc.query("id=2,4")).containsExactly(2, 4);
        assertThat(rpc.query("id=2-4")).containsExactly(2, 3, 4);
        assertThat(rpc.query("id=1,3-4,6")).containsExactly(1, 3, 4, 6);
        assertThat(rpc.query("id!=2-5")).containsExactly(1, 6);
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.query", "id=x");
    }

    @Test
    void timeRanges() {
        rpc.call(ADMIN, "ticket.create", "old", "d", Map.of(), false, Instant.parse("2024-01-15T00:00:00Z"));
        rpc.call(ADMIN, "ticket.create", "older", "d", Map.of(), false, Instant.parse("2023-06-01T00:00:00Z"));
        rpc.create("new", Map.of());
        assertThat(rpc.query("time=2024-01-01..2024-02-01")).containsExactly(1);
        assertThat(rpc.query("time=..2024-01-01")).containsExactly(2);
        assertThat(rpc.query("time=2024-01-01..&order=id")).containsExactly(1, 3);
        assertThat(rpc.query("time!=2024-01-01..2024-02-01&order=id")).containsExactly(2, 3);
        assertThat(rpc.query("changetime=2023-01-01..2023-12-31")).containsExactly(2);
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.query", "time=yesterday..");
    }

    @Test
    void escapedSeparatorsAreLiteral() {
        rpc.create("here&now", Map.of());
        rpc.create("maybe|later", Map.of());
        rpc.create("back\\slash", Map.of());
        assertThat(rpc.query("summary=here\\&now")).containsExactly(1);
        assertThat(rpc.query("summary=maybe\\|later")).containsExactly(2);
        assertThat(rpc.query("summary=back\\slash")).containsExactly(3);
    }

    @Test
    void orSeparatesConstraintGroups() {
        threeTickets();
        assertThat(rpc.query("owner=B&or&type=defect&order=id")).containsExactly(2, 3);
    }

    @Test
    void pagingWithTracsQuirks() {
        for (int i = 1; i <= 6; i++) {
            rpc.create("t" + i, Map.of());
        }
        assertThat(rpc.query("max=4&order=id")).containsExactly(1, 2, 3, 4);
        assertThat(rpc.query("max=4&page=2&order=id")).containsExactly(5, 6);
        assertThat(rpc.query("max=10&page=2&order=id")).as("all fit on one page: page ignored")
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(rpc.query("max=0&order=id")).hasSize(6);
        assertThat(rpc.query("max=2&page=3&order=id")).containsExactly(5, 6);
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.query", "max=2&page=99")
                .hasMessage("Page 99 is beyond the number of pages in the query");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.query", "max=abc")
                .hasMessage("Query max abc is invalid.");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.query", "page=0")
                .hasMessage("Query page 0 is invalid.");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.query", "max=-1");
    }

    @Test
    void defaultMaxIsOneHundred() {
        rpc.database().transaction(dsl -> {
            for (int i = 0; i < 105; i++) {
                dsl.execute("INSERT INTO ticket (type, time, changetime, component, severity, priority, owner, "
                        + "reporter, cc, version, milestone, status, resolution, summary, description, keywords) "
                        + "VALUES ('defect', 1, 1, '', '', 'major', '', 'r', '', '', '', 'new', '', 's', '', '')");
            }
            return null;
        });
        assertThat(rpc.query("status=new")).hasSize(100);
        assertThat(rpc.query("status=new&page=2")).hasSize(5);
    }

    @Test
    void malformedQueriesGetTracsMessages() {
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.query", "")
                .hasMessage("Query filter requires field and constraints separated by a \"=\"");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.query", "status");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.query", "=x");
    }

    @Test
    void unknownOrderFieldFallsBackToId() {
        threeTickets();
        assertThat(rpc.query("order=nonsense")).containsExactly(1, 2, 3);
    }

    @Test
    void queryNeedsTicketView() {
        rpc.create("t", Map.of());
        assertThat(rpc.call(VIEWER, "ticket.query", "status=new")).isEqualTo(List.of(1));
        rpc.fails(ErrorCode.PERMISSION_DENIED, NO_TICKETS, "ticket.query", "status=new")
                .hasMessageContaining("TICKET_VIEW");
    }
}
