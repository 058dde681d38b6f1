package io.polyport.tracker.importer.trac;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code attachment} rows of one realm ({@code ticket} or {@code wiki}), grouped by parent. Attachments
 * whose file is missing are reported and left out; so are those whose parent was never taken ({@link #rest}).
 */
final class AttachmentIndex {
    private final String kind;
    private final ImportReport report;
    private final Map<String, List<TracAttachment>> byParent = new HashMap<>();

    AttachmentIndex(TracEnvironment environment, String realm, String kind, ImportReport report) {
        this.kind = kind;
        this.report = report;
        environment.each("SELECT id, filename, time, description, author FROM attachment WHERE type = ?"
                + " ORDER BY id, time, filename", row -> {
                    String parent = row.getString("id");
                    String filename = row.getString("filename");
                    byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(new TracAttachment(parent, filename,
                            TracValues.text(row.getString("description")), row.getLong("time"),
                            TracValues.text(row.getString("author")),
                            environment.attachmentFile(realm, parent, filename)));
                }, realm);
    }

    /** How many attachment rows the realm has. */
    long size() {
        return byParent.values().stream().mapToLong(List::size).sum();
    }

    /** Removes and returns the attachments of {@code parent} whose files exist; reports the missing ones. */
    List<TracAttachment> take(String parent) {
        List<TracAttachment> attachments = byParent.remove(parent);
        if (attachments == null) {
            return List.of();
        }
        List<TracAttachment> present = new ArrayList<>();
        for (TracAttachment attachment : attachments) {
            if (Files.isRegularFile(attachment.file())) {
                present.add(attachment);
            } else {
                report.skip(kind, parent + "/" + attachment.filename(), "attachment file missing: " + attachment.file());
            }
        }
        return present;
    }

    /** Reports the attachments whose parent was not imported. */
    void reportRest() {
        byParent.forEach((parent, attachments) -> attachments.forEach(attachment -> report.skip(kind,
                parent + "/" + attachment.filename(), "attached to " + parent + ", which was not imported")));
        byParent.clear();
    }
}
