package io.polyport.tracker.ticket.attachment;

import static io.polyport.server.db.Tables.TICKET_ATTACHMENT;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.event.AttachmentEvent;
import io.polyport.core.event.DomainEvents;
import io.polyport.core.invoke.Caller;
import io.polyport.server.storage.Database;
import io.polyport.tracker.ticket.Micros;
import io.polyport.tracker.ticket.TicketConfig;
import io.polyport.tracker.ticket.model.TicketStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Ticket attachments, stored in the database with their bytes so that every node sees the same files. Names
 * are reduced to their last path segment; {@code replace=false} picks a free name ({@code a.2.txt}) as Trac does.
 */
@Singleton
public final class TicketAttachments {
    private static final String REALM = "ticket";

    private final Database database;
    private final TicketStore tickets;
    private final long maxBytes;
    private final DomainEvents events;

    @Inject
    public TicketAttachments(Database database, TicketStore tickets, TicketConfig config, DomainEvents events) {
        this.database = database;
        this.tickets = tickets;
        this.maxBytes = config.attachmentMaxBytes();
        this.events = events;
    }

    /** {@code [filename, description, size, time, author]} of each attachment, by name. */
    public List<List<Object>> list(int ticket) {
        DSLContext dsl = database.dsl();
        return dsl.select(TICKET_ATTACHMENT.FILENAME, TICKET_ATTACHMENT.DESCRIPTION, TICKET_ATTACHMENT.SIZE,
                        TICKET_ATTACHMENT.TIME, TICKET_ATTACHMENT.AUTHOR)
                .from(TICKET_ATTACHMENT).where(TICKET_ATTACHMENT.TICKET.eq(ticket))
                .orderBy(TICKET_ATTACHMENT.FILENAME)
                .fetch(r -> List.<Object>of(r.value1(), r.value2(), Math.toIntExact(r.value3()),
                        Micros.toInstant(r.value4()), r.value5()));
    }

    /** The bytes of an attachment. */
    public byte[] content(int ticket, String filename) {
        DSLContext dsl = database.dsl();
        tickets.requireExists(dsl, ticket);
        byte[] content = dsl.select(TICKET_ATTACHMENT.CONTENT).from(TICKET_ATTACHMENT)
                .where(TICKET_ATTACHMENT.TICKET.eq(ticket), TICKET_ATTACHMENT.FILENAME.eq(filename))
                .fetchOne(TICKET_ATTACHMENT.CONTENT);
        if (content == null) {
            throw notFound(ticket, filename);
        }
        return content;
    }

    /**
     * Stores an attachment and returns the name it got. Replacing an existing one needs TICKET_ADMIN, as
     * deleting one does.
     */
    public String put(int ticket, String filename, String description, byte[] data, boolean replace,
                      Caller caller) {
        String name = normalize(filename);
        if (data == null) {
            throw RpcException.invalidField("data", "The attachment's data is missing.");
        }
        if (data.length > maxBytes) {
            throw new RpcException(ErrorCode.LIMIT_EXCEEDED, "Maximum attachment size: " + maxBytes
                    + " bytes; '" + name + "' has " + data.length + " bytes.");
        }
        return database.transaction(dsl -> {
            tickets.requireExists(dsl, ticket);
            String stored = name;
            if (exists(dsl, ticket, name)) {
                if (replace) {
                    if (!caller.has("TICKET_ADMIN")) {
                        throw RpcException.permissionDenied("TICKET_ADMIN", "Attachment 'ticket:" + ticket + ": "
                                + name + "'");
                    }
                    dsl.deleteFrom(TICKET_ATTACHMENT)
                            .where(TICKET_ATTACHMENT.TICKET.eq(ticket), TICKET_ATTACHMENT.FILENAME.eq(name)).execute();
                } else {
                    stored = freeName(dsl, ticket, name);
                }
            }
            dsl.insertInto(TICKET_ATTACHMENT)
                    .set(TICKET_ATTACHMENT.TICKET, ticket)
                    .set(TICKET_ATTACHMENT.FILENAME, stored)
                    .set(TICKET_ATTACHMENT.DESCRIPTION, description == null ? "" : description)
                    .set(TICKET_ATTACHMENT.SIZE, (long) data.length)
                    .set(TICKET_ATTACHMENT.TIME, Micros.now())
                    .set(TICKET_ATTACHMENT.AUTHOR, caller.name())
                    .set(TICKET_ATTACHMENT.CONTENT, data)
                    .execute();
            events.publish(new AttachmentEvent(AttachmentEvent.Kind.ADDED, REALM, String.valueOf(ticket), stored,
                    Instant.now(), caller.name()));
            return stored;
        });
    }

    /** Deletes an attachment. */
    public void delete(int ticket, String filename, Caller caller) {
        database.transaction(dsl -> {
            tickets.requireExists(dsl, ticket);
            int deleted = dsl.deleteFrom(TICKET_ATTACHMENT)
                    .where(TICKET_ATTACHMENT.TICKET.eq(ticket), TICKET_ATTACHMENT.FILENAME.eq(filename)).execute();
            if (deleted == 0) {
                throw notFound(ticket, filename);
            }
            events.publish(new AttachmentEvent(AttachmentEvent.Kind.REMOVED, REALM, String.valueOf(ticket), filename,
                    Instant.now(), caller.name()));
            return null;
        });
    }

    private static boolean exists(DSLContext dsl, int ticket, String name) {
        return dsl.fetchExists(TICKET_ATTACHMENT,
                TICKET_ATTACHMENT.TICKET.eq(ticket).and(TICKET_ATTACHMENT.FILENAME.eq(name)));
    }

    /** {@code name.2.ext}, {@code name.3.ext}, ...: the first that is not taken. */
    private static String freeName(DSLContext dsl, int ticket, String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            String candidate = base + "." + n + extension;
            if (!exists(dsl, ticket, candidate)) {
                return candidate;
            }
        }
    }

    /** The last path segment of {@code filename}, NFC-normalised; control characters and empty names refused. */
    static String normalize(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = Normalizer.normalize(name.substring(name.lastIndexOf('/') + 1).strip(), Normalizer.Form.NFC);
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > 255
                || name.chars().anyMatch(Character::isISOControl)) {
            throw RpcException.invalidField("filename", "Invalid attachment filename '" + filename + "'.");
        }
        return name;
    }

    private static RpcException notFound(int ticket, String filename) {
        return RpcException.notFound("Attachment 'ticket:" + ticket + ": " + filename + "' does not exist.");
    }
}
