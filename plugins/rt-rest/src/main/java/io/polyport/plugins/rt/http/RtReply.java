package io.polyport.plugins.rt.http;

import io.polyport.core.spi.RpcExchange;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An answer in RT's form: HTTP 200, {@code text/plain}, the body starting with RT's own status line
 * ({@code RT/5.0.3 200 Ok}), a blank line, then the content. Login failures are the exception: HTTP 401 with a
 * {@code WWW-Authenticate} challenge, so that clients using HTTP Basic send their credentials (RT answers 200).
 *
 * @param status  RT's status
 * @param content the content after the blank line, usually text in RT's form format
 */
public record RtReply(RtStatus status, byte[] content) {
    private static final String CHALLENGE = "Basic realm=\"polyport\"";

    /** An answer with text content. */
    public static RtReply of(RtStatus status, String content) {
        return new RtReply(status, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 answer with text content. */
    public static RtReply ok(String content) {
        return of(RtStatus.OK, content);
    }

    /** An answer whose content is {@code # } comment lines and a blank line, as RT's errors are. */
    public static RtReply comments(RtStatus status, String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append("# ").append(line).append('\n');
        }
        return of(status, text.append('\n').toString());
    }

    /** Writes the answer, with {@code version} (e.g. {@code 5.0.3}) in the status line. */
    public void send(RpcExchange exchange, String version) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 40);
        body.writeBytes(("RT/" + version + " " + status.code() + " " + status.text() + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        int httpStatus = 200;
        if (status == RtStatus.CREDENTIALS_REQUIRED) {
            httpStatus = 401;
            exchange.setResponseHeader("WWW-Authenticate", CHALLENGE);
        }
        exchange.respond(httpStatus, "text/plain; charset=utf-8", body.toByteArray());
    }
}
