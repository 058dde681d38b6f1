package io.polyport.tracker.wiki.trac;

import java.util.regex.Pattern;

/** Helpers for text formatted inline: the host of a one-line formatter and block detection of macro output. */
final class OneLine {
    /** A host for inline-only text: no table separators, never a paragraph to interrupt. */
    static final InlineFormatter.Host HOST = new InlineFormatter.Host() {
        @Override
        public void tableSeparator(LineScan line, int from, int to, StringBuilder out) {
            out.append(line.text, from, to);
        }

        @Override
        public boolean inParagraph() {
            return false;
        }
    };

    private static final Pattern BLOCK = Pattern.compile(
            "\\s{0,64}<(?:div|table|ul|ol|dl|pre|blockquote|p|h[1-6]|hr)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private OneLine() {
    }

    /** Whether {@code html} starts with a block element (it must then close the paragraph around it). */
    static boolean startsBlock(String html) {
        return BLOCK.matcher(html).lookingAt();
    }
}
