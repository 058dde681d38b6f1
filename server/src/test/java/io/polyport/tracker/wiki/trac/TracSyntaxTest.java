package io.polyport.tracker.wiki.trac;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.tracker.wiki.TrackerUrls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each construct renders exactly as Trac 1.6 renders it: the cases of {@code trac-syntax.txt} (Trac's own
 * formatter test cases) against the renderer's output before sanitising, with an empty base URL so that links
 * read {@code /wiki/Page} as in Trac's tests.
 */
class TracSyntaxTest {
    static final TracRenderer RENDERER = new TracRenderer(new TrackerUrls(""),
            new InMemoryResources().page("WikiStart", Instant.EPOCH).ticket(1, "new", "This is the summary"),
            TestMacros.all(), markdown -> "<div class=\"markdown\">" + markdown + "</div>",
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsTrac(String name, String wikiText, String expected) {
        assertThat(strip(RENDERER.render(wikiText, "WikiStart").html())).isEqualTo(strip(expected));
    }

    static Stream<Arguments> cases() throws IOException {
        String text;
        try (InputStream in = TracSyntaxTest.class.getResourceAsStream("trac-syntax.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> cases = new ArrayList<>();
        String[] parts = text.split("(?m)^={30} ");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            int nameEnd = part.indexOf('\n');
            String[] io = part.substring(nameEnd + 1).split("(?m)^-{30}\n", 2);
            cases.add(Arguments.of(part.substring(0, nameEnd), io[0].substring(0, io[0].length() - 1), io[1]));
        }
        return cases.stream();
    }

    private static String strip(String html) {
        return html.replaceAll("\\n+$", "");
    }
}
