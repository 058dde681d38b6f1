package io.polyport.plugins.rt.resource;

import io.polyport.plugins.rt.form.RtForm;
import io.polyport.plugins.rt.form.RtForms;
import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtStatus;
import io.polyport.plugins.rt.ticket.RtDates;
import io.polyport.plugins.rt.ticket.RtModel;
import io.polyport.plugins.rt.ticket.TicketSnapshot;
import io.polyport.plugins.rt.ticket.Transactions;
import io.polyport.plugins.rt.ticket.Transactions.Transaction;
import java.util.ArrayList;
import java.util.List;

/** {@code ticket/N/history} (short, or {@code format=l}) and {@code ticket/N/history/id/M}. */
final class HistoryResource {
    private static final String NO_CONTENT = "This transaction appears to have no content";

    private final RtModel model;

    HistoryResource(RtModel model) {
        this.model = model;
    }

    RtReply list(int id, boolean longFormat) {
        List<List<?>> attachments = model.tracker().attachments(id);
        List<Transaction> transactions = transactions(id, attachments);
        int total = transactions.size();
        if (!longFormat) {
            StringBuilder text = new StringBuilder("# " + total + "/" + total + " (/total)\n\n");
            transactions.forEach(t -> text.append(t.id()).append(": ").append(t.description()).append('\n'));
            return RtReply.ok(text.append('\n').toString());
        }
        List<String> parts = new ArrayList<>();
        for (Transaction transaction : transactions) {
            parts.add(form(id, transaction, total, attachments));
        }
        return RtReply.ok(String.join("\n--\n\n", parts) + "\n");
    }

    RtReply one(int id, String transactionId) {
        List<List<?>> attachments = model.tracker().attachments(id);
        List<Transaction> transactions = transactions(id, attachments);
        for (Transaction transaction : transactions) {
            if (String.valueOf(transaction.id()).equals(transactionId)) {
                return RtReply.ok(form(id, transaction, transactions.size(), attachments) + "\n");
            }
        }
        return RtReply.comments(RtStatus.OK, "Transaction " + transactionId + " is not related to Ticket " + id);
    }

    private List<Transaction> transactions(int id, List<List<?>> attachments) {
        TicketSnapshot ticket = model.tracker().get(id);
        return Transactions.of(ticket, model.tracker().changeLog(id), attachments, model);
    }

    private static String form(int ticketId, Transaction t, int total, List<List<?>> attachments) {
        RtForm form = new RtForm();
        form.put("id", String.valueOf(t.id()));
        form.put("Ticket", String.valueOf(ticketId));
        form.put("TimeTaken", "0");
        form.put("Type", t.type());
        form.put("Field", t.field());
        form.put("OldValue", t.oldValue());
        form.put("NewValue", t.newValue());
        form.put("Data", "");
        form.put("Description", t.description());
        form.put("Content", t.content().isEmpty() ? NO_CONTENT : t.content());
        form.put("Creator", t.creator());
        form.put("Created", RtDates.iso(t.created()));
        form.put("Attachments", t.attachment() == 0 ? ""
                : "\n" + t.attachment() + ": " + attachments.get(t.attachment() - 1).get(0) + " ("
                        + attachments.get(t.attachment() - 1).get(2) + "b)\n");
        return "# " + t.id() + "/" + total + " (id/" + t.id() + "/total)\n\n" + RtForms.compose(List.of(form));
    }
}
