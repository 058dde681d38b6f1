package io.polyport.plugins.rt.resource;

import io.polyport.core.invoke.Caller;
import io.polyport.plugins.rt.form.RtForm;
import io.polyport.plugins.rt.form.RtForms;
import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtStatus;
import java.util.List;

/**
 * {@code user/NAME}: the calling user's own record. Asking for someone else is refused with RT's "not allowed" form
 * rather than guessed.
 */
final class UserResource {
    RtReply show(Caller caller, String name) {
        if (!caller.name().equals(name)) {
            return RtReply.comments(RtStatus.OK, "You are not allowed to see user " + name
                    + ": this server shows a user only to themselves.");
        }
        RtForm form = new RtForm();
        form.put("id", "user/" + name);
        form.put("Password", "********");
        form.put("Name", name);
        form.put("EmailAddress", "");
        form.put("RealName", "");
        form.put("Privileged", "1");
        form.put("Disabled", "0");
        return RtReply.ok(RtForms.compose(List.of(form)) + "\n");
    }
}
