package io.polyport.plugins.rt.resource;

import io.polyport.plugins.rt.form.RtForm;
import io.polyport.plugins.rt.form.RtForms;
import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtRequest;
import io.polyport.plugins.rt.http.RtStatus;
import io.polyport.plugins.rt.ticket.Queues;
import io.polyport.plugins.rt.ticket.RtModel;
import java.util.List;
import java.util.Optional;

/** {@code queue/NAME} and {@code queue/ID}: a component as an RT queue. */
final class QueueResource {
    private final RtModel model;
    private final RtRequest request;

    QueueResource(RtModel model, RtRequest request) {
        this.model = model;
        this.request = request;
    }

    RtReply show(String nameOrId) {
        Optional<Queues.Queue> queue = model.queues().find(nameOrId)
                .filter(q -> Queues.allows(request.context().caller(), q));
        if (queue.isEmpty()) {
            boolean number = nameOrId.chars().allMatch(Character::isDigit);
            return RtReply.of(RtStatus.OK, number ? "# Queue " + nameOrId + " does not exist.\n\n"
                    : "# No queue named " + nameOrId + " exists.\n\nid: queue/" + nameOrId + "\n\n");
        }
        RtForm form = new RtForm();
        form.put("id", "queue/" + queue.get().id());
        form.put("Name", queue.get().name());
        form.put("Description", queue.get().rule().description());
        form.put("CorrespondAddress", "");
        form.put("CommentAddress", "");
        form.put("Disabled", "0");
        form.put("SLADisabled", "1");
        return RtReply.ok(RtForms.compose(List.of(form)) + "\n");
    }
}
