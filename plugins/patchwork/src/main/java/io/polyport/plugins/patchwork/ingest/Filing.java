package io.polyport.plugins.patchwork.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What became of one mail.
 *
 * @param msgid   its message id (empty when it had none)
 * @param kind    {@code patch}, {@code cover}, {@code comment} or {@code ignored}
 * @param id      the id of the filed patch, cover letter or comment; 0 when ignored
 * @param project the link name of the project it was filed into; empty when ignored
 * @param reason  why it was ignored; empty otherwise
 */
public record Filing(String msgid, String kind, long id, String project, String reason) {
    static Filing filed(String msgid, String kind, long id, String project) {
        return new Filing(msgid, kind, id, project, "");
    }

    static Filing ignored(String msgid, String reason) {
        return new Filing(msgid, "ignored", 0, "", reason);
    }

    /** As an RPC struct. */
    public Map<String, Object> toStruct() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("msgid", msgid);
        struct.put("kind", kind);
        struct.put("id", id);
        struct.put("project", project);
        struct.put("reason", reason);
        return struct;
    }
}
