package io.polyport.tracker.ticket;

import static io.polyport.tracker.ticket.TicketRpcFixture.ADMIN;
import static io.polyport.tracker.ticket.TicketRpcFixture.APPENDER;
import static io.polyport.tracker.ticket.TicketRpcFixture.USER;
import static io.polyport.tracker.ticket.TicketRpcFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.error.ErrorCode;
import io.polyport.server.config.Config;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TicketAttachmentTest {
    @RegisterExtension
    final TicketRpcFixture rpc = new TicketRpcFixture();
    int ticket;

    @BeforeEach
    void open() {
        ticket = rpc.create("with files", Map.of());
    }

    @Test
    void everyByteValueRoundTrips() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertThat(rpc.call(APPENDER, "ticket.putAttachment", ticket, "all.bin", "every byte", all))
                .isEqualTo("all.bin");
        assertThat(rpc.call(VIEWER, "ticket.getAttachment", ticket, "all.bin")).isEqualTo(all);
        @SuppressWarnings("unchecked")
        List<List<Object>> list = (List<List<Object>>) rpc.call(VIEWER, "ticket.listAttachments", ticket);
        assertThat(list).hasSize(1);
        assertThat(list.get(0)).startsWith("all.bin", "every byte", 256).endsWith("appender");
        assertThat(list.get(0).get(3)).isInstanceOf(Instant.class);
    }

    @Test
    void fourMebibytesRoundTrip() {
        byte[] large = new byte[4 * 1024 * 1024];
        new Random(42).nextBytes(large);
        rpc.admin("ticket.putAttachment", ticket, "large.dat", "", large);
        assertThat((byte[]) rpc.admin("ticket.getAttachment", ticket, "large.dat")).isEqualTo(large);
    }

    @Test
    void replaceFalsePicksTheNextFreeNameAndReplaceNeedsTicketAdmin() {
        rpc.call(USER, "ticket.putAttachment", ticket, "hello.bin", "", new byte[] {1});
        assertThat(rpc.call(USER, "ticket.putAttachment", ticket, "hello.bin", "", new byte[] {2}, false))
                .isEqualTo("hello.2.bin");
        assertThat(rpc.call(USER, "ticket.putAttachment", ticket, "hello.bin", "", new byte[] {3}, false))
                .isEqualTo("hello.3.bin");
        rpc.fails(ErrorCode.PERMISSION_DENIED, USER, "ticket.putAttachment", ticket, "hello.bin", "", new byte[] {4})
                .hasMessageContaining("TICKET_ADMIN");
        assertThat(rpc.admin("ticket.putAttachment", ticket, "hello.bin", "replaced", new byte[] {5}))
                .isEqualTo("hello.bin");
        assertThat(rpc.admin("ticket.getAttachment", ticket, "hello.bin")).isEqualTo(new byte[] {5});
        assertThat((List<?>) rpc.admin("ticket.listAttachments", ticket)).hasSize(3);
    }

    @Test
    void namesAreReducedToTheirLastPathSegment() {
        assertThat(rpc.admin("ticket.putAttachment", ticket, "../../etc/passwd", "", new byte[] {1}))
                .isEqualTo("passwd");
        assertThat(rpc.admin("ticket.putAttachment", ticket, "C:\\dir\\file.txt", "", new byte[] {1}))
                .isEqualTo("file.txt");
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.putAttachment", ticket, "dir/", "", new byte[] {1});
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.putAttachment", ticket, "a\u0001b", "", new byte[] {1});
        rpc.fails(ErrorCode.VALIDATION_FAILED, ADMIN, "ticket.putAttachment", ticket, "nil.bin", "", null)
                .hasMessageContaining("data");
    }

    @Test
    void deleteAndMissingAttachments() {
        rpc.admin("ticket.putAttachment", ticket, "gone.txt", "", new byte[] {1});
        rpc.fails(ErrorCode.PERMISSION_DENIED, USER, "ticket.deleteAttachment", ticket, "gone.txt");
        assertThat(rpc.admin("ticket.deleteAttachment", ticket, "gone.txt")).isEqualTo(true);
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.getAttachment", ticket, "gone.txt")
                .hasMessage("Attachment 'ticket:" + ticket + ": gone.txt' does not exist.");
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.deleteAttachment", ticket, "gone.txt");
        rpc.fails(ErrorCode.NOT_FOUND, ADMIN, "ticket.putAttachment", 999, "x", "", new byte[] {1})
                .hasMessage("Ticket 999 does not exist.");
        rpc.fails(ErrorCode.PERMISSION_DENIED, VIEWER, "ticket.putAttachment", ticket, "x", "", new byte[] {1});
    }

    @Test
    void attachmentsAppearInTheChangeLogAndGoWithTheTicket() {
        rpc.call(USER, "ticket.putAttachment", ticket, "log.txt", "", new byte[] {1});
        assertThat(rpc.changeLog(ticket)).extracting(row -> row.subList(1, 6))
                .containsExactly(List.of("user", "attachment", "", "log.txt", 0));
        rpc.admin("ticket.delete", ticket);
        int next = rpc.create("next", Map.of());
        assertThat((List<?>) rpc.admin("ticket.listAttachments", next)).isEmpty();
    }

    @Test
    void sizeLimitComesFromTheConfiguration() {
        rpc.reopen(Config.parse("ticket:\n  attachmentMaxBytes: 10\n"));
        int id = rpc.create("s", Map.of());
        assertThat(rpc.admin("ticket.putAttachment", id, "ok.bin", "", new byte[10])).isEqualTo("ok.bin");
        rpc.fails(ErrorCode.LIMIT_EXCEEDED, ADMIN, "ticket.putAttachment", id, "big.bin", "", new byte[11])
                .hasMessageContaining("10 bytes");
        assertThat((List<?>) rpc.admin("ticket.listAttachments", id)).hasSize(1);
    }
}
