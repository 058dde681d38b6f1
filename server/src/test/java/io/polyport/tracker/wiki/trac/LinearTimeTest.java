package io.polyport.tracker.wiki.trac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pathological and very large inputs render within a generous bound (the parser is linear by construction; a
 * quadratic step would take minutes on these sizes). Throughput is measured by {@code bench/TracRenderBench}.
 */
class LinearTimeTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final int MIB = 1 << 20;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1 MiB realistic page", "10,000 nested list items", "10,000 quoted levels",
        "unclosed {{{ block", "unclosed {{{ inline", "10,000 '''", "one 1 MiB line of links", "1 MiB of [",
        "1 MiB of [[", "1 MiB of ||", "a.a.a. e-mail lookalikes", "wiki:x wiki:x without blanks", "deep processors",
        "10,000 headings with TOC", "1 MiB of !", "CamelCase chain"})
    void rendersInLinearTime(String name) {
        String text = input(name);
        String html = assertTimeoutPreemptively(BOUND, () -> TracSyntaxTest.RENDERER.render(text, "WikiStart").html());
        assertThat(html).isNotEmpty();
    }

    private static String input(String name) {
        return switch (name) {
            case "1 MiB realistic page" -> repeat(RealisticPages.releaseNotes() + "\n", MIB);
            case "10,000 nested list items" -> nestedList(10_000);
            case "10,000 quoted levels" -> ">".repeat(10_000) + " deep\n" + ">".repeat(5_000) + " less deep";
            case "unclosed {{{ block" -> "{{{\n" + repeat("{{{\ncode line '''x'''\n", MIB);
            case "unclosed {{{ inline" -> repeat("{{{ `", MIB);
            case "10,000 '''" -> "'''".repeat(10_000) + "\n" + " * '''".repeat(10_000);
            case "one 1 MiB line of links" -> repeat("#1 wiki:WikiStart CamelCase http://x.example/ [wiki:A b] ", MIB);
            case "1 MiB of [" -> repeat("[wiki:x", MIB);
            case "1 MiB of [[" -> repeat("[[", MIB);
            case "1 MiB of ||" -> "||" + repeat("|| a =||= `||` ", MIB);
            case "a.a.a. e-mail lookalikes" -> repeat("a.", MIB) + "@" + repeat("b.", 1000);
            case "wiki:x wiki:x without blanks" -> repeat("wiki:.", MIB);
            case "deep processors" -> "{{{#!div\n".repeat(5_000) + "x\n" + "}}}\n".repeat(5_000);
            case "10,000 headings with TOC" -> "[[TOC]]\n" + "== Heading ==\ntext\n".repeat(10_000);
            case "1 MiB of !" -> repeat("!", MIB);
            case "CamelCase chain" -> repeat("AbCd", MIB) + "_ " + repeat("AbCd/", MIB / 5);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String nestedList(int items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items; i++) {
            out.append(" ".repeat(1 + i % 200)).append("* item ").append(i).append(" ''open\n");
        }
        return out.toString();
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(Math.max(1, length / unit.length()));
    }
}
