package io.polyport.plugins.rt.resource;

import io.polyport.core.error.RpcException;
import io.polyport.plugins.rt.form.RtForm;
import io.polyport.plugins.rt.form.RtForms;
import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtRequest;
import io.polyport.plugins.rt.http.RtStatus;
import io.polyport.plugins.rt.http.Upload;
import io.polyport.plugins.rt.ticket.Queues;
import io.polyport.plugins.rt.ticket.RtModel;
import io.polyport.plugins.rt.ticket.TicketChanges;
import io.polyport.plugins.rt.ticket.TicketSnapshot;
import io.polyport.plugins.rt.ticket.TicketView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code ticket/new}, {@code ticket/N[/show]}, {@code ticket/show?id=...}, {@code ticket/N/edit},
 * {@code ticket/N/comment} and {@code ticket/N/take|untake|steal}. Creates and edits are all or nothing.
 */
final class TicketResource {
    private final RtModel model;
    private final RtRequest request;

    TicketResource(RtModel model, RtRequest request) {
        this.model = model;
        this.request = request;
    }

    /** {@code GET ticket/N[/show]} and {@code GET ticket/show?id=2,3}. */
    RtReply show(List<String> ids) {
        Set<String> only = new LinkedHashSet<>();
        request.param("fields").ifPresent(fields -> Arrays.stream(fields.split(","))
                .map(f -> f.strip().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty()).forEach(only::add));
        TicketView view = new TicketView(model);
        List<RtForm> forms = new ArrayList<>();
        for (String text : ids) {
            OptionalInt id = TicketIds.parse(text);
            Optional<TicketSnapshot> ticket = id.isPresent() ? visible(id.getAsInt()) : Optional.empty();
            forms.add(ticket.map(t -> view.show(t, only))
                    .orElseGet(() -> new RtForm().comment("Ticket " + text + " does not exist.")));
        }
        return RtReply.ok(RtForms.compose(forms) + "\n");
    }

    /** {@code GET ticket/new}: the template a client fills in. */
    RtReply template() {
        RtForm form = new RtForm().comment("Required: id, Queue");
        form.put("id", "ticket/new");
        form.put("Queue", model.queues().find("1").map(Queues.Queue::name).orElse(""));
        form.put("Requestor", request.context().caller().name());
        for (String key : List.of("Subject", "Cc", "AdminCc", "Owner")) {
            form.put(key, "");
        }
        form.put("Status", "new");
        for (String key : List.of("Priority", "InitialPriority", "FinalPriority")) {
            form.put(key, "");
        }
        form.put("TimeEstimated", "0");
        for (String key : List.of("Starts", "Due", "Attachment", "Text")) {
            form.put(key, "");
        }
        return RtReply.ok(RtForms.compose(List.of(form)) + "\n");
    }

    /** {@code POST ticket/new}. */
    RtReply create() {
        RtForm form = RtForms.parseOne(request.param("content").orElse(""));
        TicketChanges.Result result = new TicketChanges(model, request.context().caller()).forCreate(form);
        if (result.queueNotSet()) {
            return RtReply.comments(RtStatus.OK, "Could not create ticket.", "Could not create ticket. Queue not set");
        }
        if (result.queueDenied().isPresent()) {
            return RtReply.comments(RtStatus.OK, "Could not create ticket.",
                    "No permission to create tickets in the queue '" + result.queueDenied().get() + "'");
        }
        if (!result.refusals().isEmpty()) {
            RtForm echo = new RtForm().comment("Could not create ticket.");
            result.refusals().forEach(r -> echo.comment(r.label() + ": " + r.reason().replaceFirst("\\.$", "")));
            result.refusals().forEach(r -> echo.put(r.key(), form.value(r.key()).orElse("")));
            return RtReply.of(RtStatus.SYNTAX_ERROR, RtForms.compose(List.of(echo)) + "\n");
        }
        List<Upload> uploads = new ArrayList<>();
        Optional<RtReply> missing = uploads(result.attachments(), uploads);
        if (missing.isPresent()) {
            return missing.get();
        }
        Map<String, Object> attributes = new LinkedHashMap<>(result.attributes());
        String summary = String.valueOf(attributes.getOrDefault("summary", ""));
        String description = String.valueOf(attributes.getOrDefault("description", ""));
        attributes.remove("summary");
        attributes.remove("description");
        try {
            int id = model.tracker().create(summary, description, attributes);
            for (Upload upload : uploads) {
                model.tracker().putAttachment(id, upload.filename(), "", upload.content());
            }
            return RtReply.comments(RtStatus.OK, "Ticket " + id + " created.");
        } catch (RpcException e) {
            return Failures.of(e, 0, RtStatus.BAD_REQUEST);
        }
    }

    /** {@code POST ticket/N/edit} (and {@code POST ticket/N}). */
    RtReply edit(int id) {
        if (visible(id).isEmpty()) {
            return RtReply.comments(RtStatus.BAD_REQUEST, "Ticket " + id + " does not exist.");
        }
        RtForm form = RtForms.parseOne(request.param("content").orElse(""));
        TicketChanges.Result result = new TicketChanges(model, request.context().caller()).forEdit(form);
        if (!result.refusals().isEmpty()) {
            RtForm echo = new RtForm();
            result.refusals().forEach(r -> echo.comment(r.label() + ": " + r.reason()));
            echo.put("id", "");
            form.fields().forEach(field -> echo.put(field.key(), field.joined()));
            return RtReply.of(RtStatus.SYNTAX_ERROR, RtForms.compose(List.of(echo)) + "\n");
        }
        try {
            if (!result.attributes().isEmpty()) {
                model.tracker().update(id, "", result.attributes());
            }
            return RtReply.comments(RtStatus.OK, "Ticket " + id + " updated.");
        } catch (RpcException e) {
            return Failures.of(e, id, RtStatus.BAD_REQUEST);
        }
    }

    /** {@code POST ticket/N/comment}: {@code Action: comment} or {@code correspond}, with attachments. */
    RtReply comment(int id) {
        if (visible(id).isEmpty()) {
            return RtReply.comments(RtStatus.BAD_REQUEST, "Ticket " + id + " does not exist.");
        }
        RtForm form = RtForms.parseOne(request.param("content").orElse(""));
        String action = form.value("Action").orElse("comment").strip().toLowerCase(Locale.ROOT);
        List<String> unknown = new ArrayList<>();
        for (RtForm.Field field : form.fields()) {
            if (!Set.of("id", "action", "text", "attachment", "cc", "bcc", "content-type", "timeworked")
                    .contains(field.key().toLowerCase(Locale.ROOT))) {
                unknown.add(field.key().toLowerCase(Locale.ROOT) + ": Unknown field.");
            }
        }
        if (!action.equals("comment") && !action.equals("correspond")) {
            unknown.add("action: must be comment or correspond");
        }
        if (!unknown.isEmpty()) {
            return RtReply.comments(RtStatus.SYNTAX_ERROR, unknown.toArray(String[]::new));
        }
        List<Upload> uploads = new ArrayList<>();
        List<String> names = form.field("Attachment").map(f -> f.values().stream()
                .flatMap(v -> TicketChanges.splitList(v).stream()).toList()).orElse(List.of());
        Optional<RtReply> missing = uploads(names, uploads);
        if (missing.isPresent()) {
            return missing.get();
        }
        try {
            model.tracker().update(id, form.value("Text").orElse(""), Map.of());
            for (Upload upload : uploads) {
                model.tracker().putAttachment(id, upload.filename(), "", upload.content());
            }
        } catch (RpcException e) {
            return Failures.of(e, id, RtStatus.BAD_REQUEST);
        }
        return RtReply.comments(RtStatus.OK, action.equals("comment") ? "Comments added" : "Correspondence added");
    }

    /** {@code POST ticket/N/take}, {@code untake}, {@code steal}: the caller becomes (or stops being) the owner. */
    RtReply take(int id, String action) {
        Optional<TicketSnapshot> ticket = visible(id);
        if (ticket.isEmpty()) {
            return RtReply.comments(RtStatus.BAD_REQUEST, "Ticket " + id + " does not exist.");
        }
        String before = ticket.get().value("owner");
        String after = action.equals("untake") ? "" : request.context().caller().name();
        try {
            model.tracker().update(id, "", Map.of("owner", after));
        } catch (RpcException e) {
            return Failures.of(e, id, RtStatus.BAD_REQUEST);
        }
        return RtReply.comments(RtStatus.OK, "Owner changed from " + (before.isEmpty() ? "Nobody" : before) + " to "
                + (after.isEmpty() ? "Nobody" : after));
    }

    /** The ticket, when it exists and its queue is visible to the caller. */
    private Optional<TicketSnapshot> visible(int id) {
        try {
            TicketSnapshot ticket = model.tracker().get(id);
            boolean hidden = model.queues().find(ticket.value("component"))
                    .map(queue -> !Queues.allows(request.context().caller(), queue)).orElse(false);
            return hidden ? Optional.empty() : Optional.of(ticket);
        } catch (RpcException e) {
            if (e.code() == io.polyport.core.error.ErrorCode.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The uploads {@code attachment_1}, ... for the names listed; an answer when one is missing. */
    private Optional<RtReply> uploads(List<String> names, List<Upload> into) {
        for (int i = 0; i < names.size(); i++) {
            Optional<Upload> upload = request.upload("attachment_" + (i + 1));
            if (upload.isEmpty()) {
                return Optional.of(RtReply.comments(RtStatus.BAD_REQUEST, "No attachment for " + names.get(i)));
            }
            String name = names.get(i).replaceFirst("^.*[\\\\/]", "");
            into.add(new Upload(upload.get().field(), name, upload.get().contentType(), upload.get().content()));
        }
        return Optional.empty();
    }
}
