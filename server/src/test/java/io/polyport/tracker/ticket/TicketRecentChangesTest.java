package io.polyport.tracker.ticket;

import static io.polyport.tracker.ticket.TicketRpcFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketRecentChangesTest {
    @RegisterExtension
    final TicketRpcFixture rpc = new TicketRpcFixture();

    @Test
    void sinceIsInclusiveAndUpdatesCount() {
        Instant first = Instant.parse("2024-01-01T00:00:00Z");
        Instant second = Instant.parse("2024-01-01T00:00:01Z");
        int a = (Integer) rpc.call(ADMIN, "ticket.create", "a", "", Map.of(), false, first);
        int b = (Integer) rpc.call(ADMIN, "ticket.create", "b", "", Map.of(), false, second);
        assertThat(rpc.admin("ticket.getRecentChanges", Instant.parse("2000-01-01T00:00:00Z")))
                .isEqualTo(List.of(a, b));
        assertThat(rpc.admin("ticket.getRecentChanges", second)).isEqualTo(List.of(b));
        assertThat(rpc.admin("ticket.getRecentChanges", "2024-01-01T00:00:00.5")).isEqualTo(List.of(b));

        rpc.fails(io.polyport.core.error.ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.getRecentChanges",
                (Object) null);

        rpc.admin("ticket.update", a, "touched");
        assertThat(rpc.admin("ticket.getRecentChanges", Instant.now().minusSeconds(60))).isEqualTo(List.of(a));
    }
}
