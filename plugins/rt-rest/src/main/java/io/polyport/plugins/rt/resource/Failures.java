package io.polyport.plugins.rt.resource;

import io.polyport.core.error.RpcException;
import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Polyport's errors in RT's words: comment lines, RT's status codes, never a stack trace or class name. */
final class Failures {
    private Failures() {
    }

    /** The answer to a failed call on ticket {@code ticketId} (0 when none). */
    static RtReply of(RpcException e, int ticketId, RtStatus notFoundStatus) {
        return switch (e.code()) {
            case NOT_FOUND -> ticketId > 0
                    ? RtReply.comments(notFoundStatus, "Ticket " + ticketId + " does not exist.")
                    : RtReply.comments(notFoundStatus, e.getMessage());
            case PERMISSION_DENIED, UNAUTHENTICATED -> RtReply.comments(RtStatus.OK,
                    "You are not allowed to do that: " + e.getMessage());
            case VALIDATION_FAILED, INVALID_PARAMS, CONFLICT, PRECONDITION_FAILED -> syntax(e);
            case INTERNAL -> RtReply.comments(RtStatus.INTERNAL, e.getMessage());
            default -> RtReply.comments(RtStatus.BAD_REQUEST, e.getMessage());
        };
    }

    /** A refused change: RT's 409 with one {@code # field: reason} line per field. */
    private static RtReply syntax(RpcException e) {
        List<String> lines = new ArrayList<>();
        e.fieldErrors().forEach(error -> lines.add(error.field().toLowerCase(Locale.ROOT) + ": " + error.message()));
        if (lines.isEmpty()) {
            lines.add(e.getMessage());
        }
        return RtReply.comments(RtStatus.SYNTAX_ERROR, lines.toArray(String[]::new));
    }
}
