package io.polyport.plugins.rt.resource;

import io.polyport.plugins.rt.http.RtReply;
import io.polyport.plugins.rt.http.RtStatus;

/**
 * {@code ticket/N/links}: Polyport tickets have no typed links (DependsOn, RefersTo, ...), so a ticket shows none and
 * editing them is refused with a plain reason, changing nothing.
 */
final class LinksResource {
    RtReply show(int id) {
        return RtReply.ok("id: ticket/" + id + "/links\n\n");
    }

    RtReply edit(int id) {
        return RtReply.comments(RtStatus.SYNTAX_ERROR,
                "Links of ticket " + id + " cannot be changed: this server keeps no ticket links.");
    }
}
