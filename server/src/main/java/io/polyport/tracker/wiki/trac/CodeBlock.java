package io.polyport.tracker.wiki.trac;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code {{{ ... }}}} block being read: nested blocks are kept as text, the processor is named on the opening
 * line ({@code {{{#!div}}}}) or on the first line inside ({@code #!python}); a common indentation of the
 * opening line and all lines is removed. At the closing line the block goes to {@link Processors}. A block
 * still open at the end of the text is closed there.
 */
final class CodeBlock {
    static final String START = "{{{";
    static final String END = "}}}";

    private final Rendering rendering;
    private final BlockFormatter formatter;
    private final StringBuilder out;
    private final List<String> lines = new ArrayList<>();
    private int depth;
    private String processor;
    private String args = "";
    private String prefix = "";

    CodeBlock(Rendering rendering, BlockFormatter formatter, StringBuilder out) {
        this.rendering = rendering;
        this.formatter = formatter;
        this.out = out;
    }

    /** Whether {@code line} opens a block: {@code {{{} alone or followed by {@code #!processor args}. */
    static boolean isStart(String line) {
        String rest = line.strip();
        if (!rest.startsWith(START)) {
            return false;
        }
        rest = rest.substring(START.length()).strip();
        return rest.isEmpty() || (rest.startsWith("#!") && processorNameEnd(rest, 2) > 2);
    }

    boolean isOpen() {
        return depth > 0;
    }

    /** One line while a block is open, or the line opening one ({@code starts}). */
    void line(String line, boolean starts) {
        if (starts) {
            depth++;
            if (depth == 1) {
                lines.clear();
                prefix = line.substring(0, line.indexOf(START));
                String rest = line.substring(line.indexOf(START) + START.length()).strip();
                processor = null;
                args = "";
                if (rest.startsWith("#!")) {
                    int end = processorNameEnd(rest, 2);
                    processor = rest.substring(2, end);
                    args = rest.substring(end);
                }
            } else {
                lines.add(line);
                processor = processor == null ? "default" : processor;
            }
        } else if (line.strip().equals(END)) {
            depth--;
            if (depth == 0) {
                close();
            } else {
                lines.add(line);
            }
        } else if (processor == null) {
            String rest = line.strip();
            int end = rest.startsWith("#!") ? processorNameEnd(rest, 2) : 2;
            if (end > 2) {
                prefix = line.substring(0, line.indexOf("#!"));
                processor = rest.substring(2, end);
                args = rest.substring(end);
            } else {
                lines.add(line);
                processor = "default";
            }
        } else {
            lines.add(line);
        }
    }

    /** Closes every block still open (at the end of the text). */
    void closeAll() {
        while (depth > 0) {
            line(END, false);
        }
    }

    private void close() {
        String name = processor == null ? "default" : processor;
        if (!Processors.isTablePart(name)) {
            formatter.table().close();
        }
        formatter.closeParagraph();
        boolean indented = !prefix.isEmpty() && lines.stream().allMatch(l -> l.isEmpty() || l.startsWith(prefix));
        StringBuilder body = new StringBuilder();
        for (String l : lines) {
            body.append(indented && !l.isEmpty() ? l.substring(prefix.length()) : l).append('\n');
        }
        lines.clear();
        out.append(Processors.process(rendering, formatter, name, ProcessorArgs.parse(args), body.toString()));
    }

    /** The end of a processor name ({@code [\w+-][\w+-/]*}) starting at {@code from}. */
    private static int processorNameEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (LineScan.isWord(text.charAt(i)) || text.charAt(i) == '+'
                || text.charAt(i) == '-' || (i > from && text.charAt(i) == '/'))) {
            i++;
        }
        return i;
    }
}
