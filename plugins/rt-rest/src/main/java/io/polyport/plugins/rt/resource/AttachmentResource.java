package io.polyport.plugins.rt.resource;

import io.polyport.plugins.rt.form.RtForm;
import io.polyport.plugins.rt.form.RtForms;
import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtStatus;
import io.polyport.plugins.rt.ticket.RtDates;
import io.polyport.plugins.rt.ticket.RtModel;
import java.io.ByteArrayOutputStream;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code ticket/N/attachments}, {@code ticket/N/attachments/M} and {@code .../M/content}. An attachment's number is
 * its position in the ticket's attachment list (1-based); its bytes come back exactly as stored.
 */
final class AttachmentResource {
    private final RtModel model;

    AttachmentResource(RtModel model) {
        this.model = model;
    }

    RtReply list(int id) {
        List<List<?>> attachments = model.tracker().attachments(id);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            List<?> row = attachments.get(i);
            String name = String.valueOf(row.get(0));
            lines.add((i + 1) + ": " + name + " (" + contentType(name) + " / " + row.get(2) + "b)");
        }
        RtForm form = new RtForm();
        form.put("id", "ticket/" + id + "/attachments");
        form.put("Attachments", lines.size() < 2 ? String.join("", lines) : String.join(",\n", lines) + "\n");
        return RtReply.ok(RtForms.compose(List.of(form)) + "\n");
    }

    RtReply show(int id, String number) {
        Optional<List<?>> found = row(id, number);
        if (found.isEmpty()) {
            return invalid(number);
        }
        List<?> row = found.get();
        String name = String.valueOf(row.get(0));
        byte[] content = model.tracker().attachment(id, name);
        String type = contentType(name);
        RtForm form = new RtForm();
        form.put("id", number);
        form.put("Subject", "");
        form.put("Creator", String.valueOf(row.get(4)));
        form.put("Created", RtDates.iso((Instant) row.get(3)));
        form.put("Transaction", "");
        form.put("Parent", "0");
        form.put("MessageId", "");
        form.put("Filename", name);
        form.put("ContentType", type);
        form.put("ContentEncoding", "none");
        form.put("Headers", "Content-Type: " + type + "; name=\"" + name + "\"\nContent-Length: " + content.length
                + "\n");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(RtForms.compose(List.of(form)).getBytes(StandardCharsets.UTF_8));
        body.writeBytes("Content: ".getBytes(StandardCharsets.UTF_8));
        String text = asText(content);
        body.writeBytes(text != null ? text.replace("\n", "\n         ").getBytes(StandardCharsets.UTF_8) : content);
        body.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
        return new RtReply(RtStatus.OK, body.toByteArray());
    }

    RtReply content(int id, String number) {
        Optional<List<?>> row = row(id, number);
        return row.isEmpty() ? invalid(number)
                : new RtReply(RtStatus.OK, model.tracker().attachment(id, String.valueOf(row.get().get(0))));
    }

    /** The attachment numbered {@code number} (its position, 1-based), if there is one. */
    private Optional<List<?>> row(int id, String number) {
        OptionalInt index = TicketIds.parse(number);
        List<List<?>> attachments = model.tracker().attachments(id);
        return index.isEmpty() || index.getAsInt() < 1 || index.getAsInt() > attachments.size() ? Optional.empty()
                : Optional.of(attachments.get(index.getAsInt() - 1));
    }

    private static RtReply invalid(String number) {
        return RtReply.comments(RtStatus.OK, "Invalid attachment id: " + number);
    }

    /** The media type for a file name, as RT would have recorded it from the upload. */
    static String contentType(String filename) {
        String guessed = URLConnection.guessContentTypeFromName(filename);
        return guessed != null ? guessed : "application/octet-stream";
    }

    /** The content as text when it is valid UTF-8 without NUL bytes, else null (written raw). */
    private static String asText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
