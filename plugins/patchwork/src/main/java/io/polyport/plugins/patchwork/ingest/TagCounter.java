package io.polyport.plugins.patchwork.ingest;

import io.polyport.plugins.patchwork.store.Threads;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts Patchwork's default tags ({@code Acked-by}, {@code Reviewed-by}, {@code Tested-by}) over a patch's mail. */
final class TagCounter {
    private static final Map<String, Pattern> TAGS = Map.of(
            "Acked-by", Pattern.compile("^Acked-by:", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE),
            "Reviewed-by", Pattern.compile("^Reviewed-by:", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE),
            "Tested-by", Pattern.compile("^Tested-by:", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE));

    private TagCounter() {
    }

    /** Recounts the tags over the patch's message and replies. */
    static void refresh(Connection c, long patchId) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String text : Threads.texts(c, patchId)) {
            if (text == null) {
                continue;
            }
            TAGS.forEach((tag, pattern) -> {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    counts.merge(tag, 1, Integer::sum);
                }
            });
        }
        Threads.setTags(c, patchId, counts);
    }
}
