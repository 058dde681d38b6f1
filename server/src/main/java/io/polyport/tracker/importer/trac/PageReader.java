package io.polyport.tracker.importer.trac;

import io.polyport.server.db.tables.records.WikiRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads Trac's {@code wiki} table, every version of every page (Trac's own documentation pages included, as they
 * are in the environment), and the pages' attachments.
 */
final class PageReader implements TracReader<TracPage> {
    static final String KIND = "wiki";

    private final TracEnvironment environment;
    private final AttachmentIndex attachments;

    PageReader(TracEnvironment environment, ImportReport report) {
        this.environment = environment;
        this.attachments = new AttachmentIndex(environment, "wiki", KIND, report);
    }

    @Override
    public long count() {
        return environment.count("SELECT count(DISTINCT name) FROM wiki");
    }

    @Override
    public void read(Consumer<TracPage> sink) {
        List<WikiRecord> versions = new ArrayList<>();
        environment.each("SELECT name, version, time, author, text, comment, readonly FROM wiki"
                + " ORDER BY name, version", row -> {
                    String name = row.getString("name");
                    if (!versions.isEmpty() && !versions.get(0).getName().equals(name)) {
                        emit(versions, sink);
                    }
                    versions.add(new WikiRecord(name, row.getInt("version"), row.getLong("time"),
                            TracValues.text(row.getString("author")), TracValues.text(row.getString("text")),
                            row.getString("comment"), row.getInt("readonly") != 0));
                });
        if (!versions.isEmpty()) {
            emit(versions, sink);
        }
        attachments.reportRest();
    }

    private void emit(List<WikiRecord> versions, Consumer<TracPage> sink) {
        String name = versions.get(0).getName();
        sink.accept(new TracPage(name, List.copyOf(versions), attachments.take(name)));
        versions.clear();
    }
}
