package io.polyport.testkit.protocol;

import io.polyport.testkit.sample.SampleErrors;
import java.util.List;
import java.util.Locale;

/** Checks that an answer carries no stack trace, Java class name or text of an unexpected exception. */
final class Leaks {
    private static final List<String> FORBIDDEN = List.of("java.", "javax.", "io.polyport", "exception",
            "\tat ",
            SampleErrors.SECRET);

    private Leaks() {
    }

    /** @throws AssertionError naming the first forbidden text found in the body or a header */
    static void assertNone(WireResponse response) {
        check("body", response.text());
        response.headers().forEach((name, value) -> check("header " + name, value));
    }

    private static void check(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN) {
            int at = lower.indexOf(forbidden);
            if (at >= 0) {
                throw new AssertionError("the " + where + " reveals internals ('" + forbidden + "'): "
                        + excerpt(text.substring(Math.max(0, at - 200))));
            }
        }
    }

    /** At most 400 characters of {@code text}, for failure messages. */
    static String excerpt(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
