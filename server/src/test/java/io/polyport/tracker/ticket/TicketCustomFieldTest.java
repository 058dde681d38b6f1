package io.polyport.tracker.ticket;

import static io.polyport.tracker.ticket.TicketRpcFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.error.ErrorCode;
import io.polyport.server.config.Config;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketCustomFieldTest {
    private static final Config CUSTOM = Config.parse("""
            ticket:
              custom:
                - name: estimate
                  label: Estimate (hours)
                  order: 2
                - name: platform
                  type: select
                  options: [linux, mac, windows]
                  value: linux
                  order: 1
                - name: size
                  type: radio
                  options: [small, large]
                - name: regression
                  type: checkbox
                - name: notes
                  type: textarea
                  format: wiki
                - name: due_date
                  type: time
            """);

    @RegisterExtension
    final TicketRpcFixture rpc = new TicketRpcFixture(CUSTOM);

    @Test
    void newTicketsGetTheDefaultsAndGivenValues() {
        int plain = rpc.create("plain", Map.of());
        assertThat(rpc.attributes(plain)).containsEntry("platform", "linux").containsEntry("estimate", "")
                .containsEntry("regression", "0").containsEntry("size", "").containsEntry("due_date", "");
        Instant due = Instant.parse("2026-01-31T00:00:00Z");
        int full = rpc.create("full", Map.of("platform", "mac", "estimate", "3", "regression", true,
                "size", "large", "notes", "a\r\nb", "due_date", due));
        assertThat(rpc.attributes(full)).containsEntry("platform", "mac").containsEntry("estimate", "3")
                .containsEntry("regression", "1").containsEntry("size", "large").containsEntry("notes", "a\nb")
                .containsEntry("due_date", due);
    }

    @Test
    void invalidSelectRadioCheckboxOrTimeValuesAreRefusedNamingTheField() {
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.create", "s", "d", Map.of("platform", "amiga"))
                .hasMessage("The ticket field platform is invalid: \"amiga\" is not a valid value");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.create", "s", "d", Map.of("size", "huge"))
                .hasMessageContaining("size");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.create", "s", "d", Map.of("regression", "maybe"))
                .hasMessageContaining("regression");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.create", "s", "d", Map.of("due_date", "soon"))
                .hasMessageContaining("due_date");
        assertThat(rpc.query("id=1-10")).isEmpty();

        int id = rpc.create("s", Map.of());
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.update", id, "c",
                Map.of("estimate", "5", "platform", "amiga"));
        assertThat(rpc.attributes(id)).as("all or nothing").containsEntry("estimate", "");
        assertThat(rpc.changeLog(id)).isEmpty();
    }

    @Test
    void customFieldsAppearInChangeLogAndQueries() {
        int a = rpc.create("a", Map.of("platform", "mac", "estimate", "10"));
        int b = rpc.create("b", Map.of("platform", "windows"));
        int c = rpc.create("c", Map.of());
        rpc.admin("ticket.update", a, "", Map.of("platform", "linux", "estimate", "12"));
        assertThat(rpc.changeLog(a)).extracting(row -> row.subList(2, 5)).containsExactly(
                List.of("platform", "mac", "linux"), List.of("estimate", "10", "12"), List.of("comment", "1", ""));

        assertThat(rpc.query("platform=linux&order=id")).containsExactly(a, c);
        assertThat(rpc.query("platform!=linux")).containsExactly(b);
        assertThat(rpc.query("estimate^=1")).containsExactly(a);
        assertThat(rpc.query("estimate=&order=id")).containsExactly(b, c);
        assertThat(rpc.query("order=platform&desc=1")).containsExactly(b, a, c);
        assertThat(rpc.query("platform=linux&estimate~=2")).containsExactly(a);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ticketFieldsListCustomFieldsAfterTheStandardOnesInTheirOrder() {
        List<Map<String, Object>> fields = (List<Map<String, Object>>) rpc.admin("ticket.getTicketFields");
        assertThat(fields).extracting(f -> f.get("name")).endsWith("changetime", "due_date", "notes", "regression",
                "size", "platform", "estimate");
        Map<String, Object> platform = fields.stream().filter(f -> f.get("name").equals("platform")).findFirst()
                .orElseThrow();
        assertThat(platform).isEqualTo(Map.of("name", "platform", "type", "select", "label", "Platform",
                "value", "linux", "options", List.of("linux", "mac", "windows"), "custom", true));
    }

    @Test
    void badCustomFieldDeclarationsFailAtStartUp() {
        Config clash = Config.parse("""
                ticket:
                  custom:
                    - name: owner
                """);
        assertThatThrownBy(() -> rpc.reopen(clash))
                .hasStackTraceContaining("'owner' is declared twice");
        Config noOptions = Config.parse("""
                ticket:
                  custom:
                    - name: choice
                      type: select
                """);
        assertThatThrownBy(() -> rpc.reopen(noOptions))
                .hasStackTraceContaining("needs options");
    }
}
