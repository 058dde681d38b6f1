package io.polyport.plugins.rt.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ticket's history as RT's transactions, numbered 1, 2, ... within the ticket: the creation, then one transaction
 * per comment, field change and attachment of {@code ticket.changeLog}, in order. Numbers are stable because
 * Polyport's history only grows.
 */
public final class Transactions {

    /**
     * One transaction.
     *
     * @param id          its number within the ticket
     * @param type        RT's type: Create, Comment, Status, Set, CustomField, AddAttachment
     * @param field       the changed field, RT's name
     * @param oldValue    before
     * @param newValue    after
     * @param description RT's one-line description
     * @param content     the comment or description text
     * @param creator     who
     * @param created     when
     * @param attachment  for AddAttachment, the attachment's number
     */
    public record Transaction(int id, String type, String field, String oldValue, String newValue,
                              String description, String content, String creator, Instant created, int attachment) {
    }

    private static final Map<String, String> RT_NAMES = Map.of("summary", "Subject", "component", "Queue", "owner",
            "Owner", "priority", "Priority", "reporter", "Requestors", "cc", "Cc", "description", "Description",
            "resolution", "Resolution");

    private Transactions() {
    }

    /**
     * The transactions of {@code ticket}.
     *
     * @param changeLog   {@code ticket.changeLog} rows
     * @param attachments {@code ticket.listAttachments} rows, whose positions are the attachment numbers
     */
    public static List<Transaction> of(TicketSnapshot ticket, List<List<?>> changeLog, List<List<?>> attachments,
                                       RtModel model) {
        List<Transaction> transactions = new ArrayList<>();
        String reporter = ticket.value("reporter");
        transactions.add(new Transaction(1, "Create", "", "", "", "Ticket created by " + reporter,
                ticket.value("description"), reporter, ticket.created(), 0));
        for (List<?> row : changeLog) {
            Instant time = (Instant) row.get(0);
            String author = String.valueOf(row.get(1));
            String field = String.valueOf(row.get(2));
            String oldValue = row.get(3) == null ? "" : String.valueOf(row.get(3));
            String newValue = row.get(4) == null ? "" : String.valueOf(row.get(4));
            int id = transactions.size() + 1;
            switch (field) {
                case "comment" -> {
                    if (!newValue.isEmpty()) {
                        transactions.add(new Transaction(id, "Comment", "", "", "", "Comments added by " + author,
                                newValue, author, time, 0));
                    }
                }
                case "attachment" -> transactions.add(new Transaction(id, "AddAttachment", "", "", newValue,
                        "File " + newValue + " attached by " + author, "", author, time,
                        attachmentNumber(attachments, newValue)));
                case "status" -> transactions.add(new Transaction(id, "Status", "Status",
                        model.statuses().show(oldValue, ""), model.statuses().show(newValue, ""),
                        "Status changed from '" + oldValue + "' to '" + newValue + "' by " + author, "", author,
                        time, 0));
                default -> {
                    String label = model.customFields().all().stream().filter(f -> f.name().equals(field))
                            .map(CustomFields.Field::label).findFirst().orElse(null);
                    if (label != null) {
                        transactions.add(new Transaction(id, "CustomField", label, oldValue, newValue,
                                label + " " + oldValue + " changed to " + newValue + " by " + author, "", author,
                                time, 0));
                    } else {
                        String name = RT_NAMES.getOrDefault(field, field);
                        transactions.add(new Transaction(id, "Set", name, oldValue, newValue,
                                name + " changed from '" + oldValue + "' to '" + newValue + "' by " + author, "",
                                author, time, 0));
                    }
                }
            }
        }
        return transactions;
    }

    private static int attachmentNumber(List<List<?>> attachments, String filename) {
        for (int i = 0; i < attachments.size(); i++) {
            if (String.valueOf(attachments.get(i).get(0)).equals(filename)) {
                return i + 1;
            }
        }
        return 0;
    }
}
