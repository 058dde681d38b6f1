package io.polyport.tracker.wiki.trac;

import java.util.ArrayList;
import java.util.List;

/**
 * Trac's block structure, line by line as Trac's own formatter does it: paragraphs, headings, rules, lists,
 * definition lists, indentation and {@code >} citations as block quotes, {@code ||} tables and {@code {{{ }}}}
 * blocks (handed to {@link CodeBlock}). Inline markup of each line goes to {@link InlineFormatter}. Writes the
 * HTML Trac 1.6 writes, newlines included. One formatter formats one text.
 */
final class BlockFormatter implements InlineFormatter.Host {
    private final Rendering rendering;
    private final StringBuilder out = new StringBuilder();
    private final InlineStyles styles = new InlineStyles();
    private final InlineFormatter inline;
    private final TableBuilder table;
    private final Indentation indentation;
    private final CodeBlock code;
    private final List<String> quoteBuffer = new ArrayList<>();
    private boolean paragraphOpen;
    private boolean inDefList;

    BlockFormatter(Rendering rendering) {
        this.rendering = rendering;
        this.inline = new InlineFormatter(rendering, styles, this);
        this.table = new TableBuilder(this, out);
        this.indentation = new Indentation(this, out);
        this.code = new CodeBlock(rendering, this, out);
    }

    String format(String text) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (start < text.length() || end > start) {
                line(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
            }
            start = end + 1;
        }
        code.closeAll();
        closeQuoteBlock();
        closeBlocks();
        return out.toString();
    }

    private void line(String line) {
        boolean startsBlock = !line.contains(CodeBlock.END) && CodeBlock.isStart(line);
        if (code.isOpen()) {
            code.line(line, startsBlock);
            return;
        }
        if (line.strip().startsWith(">")) {
            quoteLine(line);
            return;
        }
        closeQuoteBlock();
        if (startsBlock) {
            code.line(line, true);
        } else if (line.startsWith("----")) {
            closeBlocks();
            out.append("<hr />\n");
        } else if (line.isEmpty()) {
            closeBlocks();
        } else {
            textLine(line.replace("\t", "        "));
        }
    }

    private void textLine(String line) {
        if (!line.startsWith(" ")) {
            indentation.clearTabstops();
            indentation.closeQuotes();
        }
        indentation.startLine();
        StringBuilder result = new StringBuilder();
        blockRules(line, result);
        if (!indentation.inListItem()) {
            indentation.closeLists();
        }
        if (!indentation.inQuote()) {
            indentation.closeQuotes();
        }
        if (inDefList && !line.startsWith(" ")) {
            closeDefList();
        }
        table.endLine();
        if (!(indentation.inListItem() || inDefList || table.isOpen()) && !result.isEmpty()) {
            openParagraph();
        }
        out.append(result).append('\n');
        table.closeRow(false);
    }

    /** Heading, list item, definition, indentation, table row: what starts the line decides. */
    private void blockRules(String line, StringBuilder result) {
        if (Heading.write(rendering, line, this, out)) {
            return;
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        int item = indentation.listItem(line, indent);
        if (item > 0) {
            inline.format(line.substring(item), false, result);
            return;
        }
        int definition = indent > 0 ? definitionEnd(line, indent) : -1;
        if (definition > 0) {
            result.append(inDefList ? "</dd>" : startDefList()).append("<dt>")
                    .append(rendering.toInlineHtml(line.substring(indent, definition - 2).strip()))
                    .append("</dt><dd>");
            inDefList = true;
            int text = definition;
            while (text < line.length() && line.charAt(text) == ' ') {
                text++;
            }
            inline.format(line.substring(text), false, result);
            return;
        }
        if (indent > 0 && !inDefList) {
            indentation.indent(indent);
        }
        String rest = line.substring(indent);
        if (rest.startsWith("|-")) {
            table.rowSeparator(rest);
        } else {
            inline.format(rest, rest.startsWith("||") || rest.startsWith("=||"), result);
        }
    }

    private String startDefList() {
        closeParagraph();
        return "<dl class=\"wiki\">";
    }

    /** The index after {@code term::} when the indented line defines a term, else -1. */
    private static int definitionEnd(String line, int from) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`' || line.startsWith("{{{", i)) {
                String close = c == '`' ? "`" : "}}}";
                int end = line.indexOf(close, i + close.length());
                if (end < 0) {
                    return -1;
                }
                i = end + close.length();
            } else if (c == ':' && i + 1 < line.length() && line.charAt(i + 1) == ':') {
                boolean ends = i + 2 == line.length() || line.charAt(i + 2) == ' ';
                return ends && i > from ? i + 2 : -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private void quoteLine(String line) {
        closeParagraph();
        int depth = line.indexOf('>');
        if (quoteBuffer.isEmpty() && depth < indentation.listDepth()) {
            indentation.closeListsTo(depth);
        }
        quoteBuffer.add(line.substring(depth + 1));
    }

    private void closeQuoteBlock() {
        if (quoteBuffer.isEmpty()) {
            return;
        }
        boolean spaced = quoteBuffer.stream().allMatch(l -> l.isEmpty() || l.charAt(0) == '>' || l.charAt(0) == ' ');
        StringBuilder quoted = new StringBuilder();
        for (String l : quoteBuffer) {
            quoted.append(spaced && l.startsWith(" ") ? l.substring(1) : l).append('\n');
        }
        quoteBuffer.clear();
        out.append("<blockquote class=\"citation\">\n").append(rendering.toHtml(quoted.toString()))
                .append("</blockquote>\n");
    }

    /** What a blank line or a rule ends: table, paragraph, quotes, lists, definition list. */
    void closeBlocks() {
        table.close();
        closeParagraph();
        indentation.closeQuotes();
        indentation.closeLists();
        closeDefList();
    }

    void openParagraph() {
        if (!paragraphOpen) {
            out.append("<p>\n");
            paragraphOpen = true;
        }
    }

    void closeParagraph() {
        styles.flush(out);
        if (paragraphOpen) {
            out.append("</p>\n");
            paragraphOpen = false;
        }
    }

    void closeDefList() {
        if (inDefList) {
            out.append("</dd></dl>\n");
        }
        inDefList = false;
    }

    /** Closes the inline styles still open (at the end of a list item). */
    void flushStyles() {
        styles.flush(out);
    }

    TableBuilder table() {
        return table;
    }

    Indentation indentation() {
        return indentation;
    }

    @Override
    public void tableSeparator(LineScan line, int from, int to, StringBuilder result) {
        table.cell(line, from, to, result);
    }

    @Override
    public boolean inParagraph() {
        return !(indentation.inListItem() || table.isOpen() || inDefList);
    }
}
