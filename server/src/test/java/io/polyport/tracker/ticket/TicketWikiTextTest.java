package io.polyport.tracker.ticket;

import static io.polyport.tracker.ticket.TicketRpcFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.error.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ticket descriptions are wiki text: rendered on request; and Trac's answer for attachments of no ticket. */
class TicketWikiTextTest {
    @RegisterExtension
    final TicketRpcFixture rpc = new TicketRpcFixture();

    @Test
    void descriptionRendersAsTracWikiText() {
        int first = rpc.create("first", Map.of());
        int id = (int) rpc.admin("ticket.create", "second", "= Steps =\n * run '''it'''\n * see #" + first
                + "\n{{{#!html\n<script>alert(1)</script><b onclick=\"x()\">b</b>\n}}}", Map.of());
        String html = (String) rpc.call(VIEWER, "ticket.getDescriptionHTML", id);
        assertThat(html).startsWith("<h1 id=\"Steps\">Steps</h1>\n<ul><li>run <strong>it</strong>\n</li><li>see ")
                .contains("class=\"new ticket\"", "/ticket/" + first + "\"", "title=\"#" + first + ": first (new)\"",
                        "<b>b</b>")
                .doesNotContain("<script", "onclick");
        rpc.fails(ErrorCode.NOT_FOUND, VIEWER, "ticket.getDescriptionHTML", 999);
    }

    @Test
    void attachmentsOfATicketThatDoesNotExistAreAnEmptyListAsInTrac() {
        assertThat(rpc.call(VIEWER, "ticket.listAttachments", 4242)).isEqualTo(List.of());
        rpc.fails(ErrorCode.NOT_FOUND, VIEWER, "ticket.getAttachment", 4242, "x.txt");
    }
}
