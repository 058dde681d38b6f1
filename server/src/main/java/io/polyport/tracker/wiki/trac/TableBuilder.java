package io.polyport.tracker.wiki.trac;

/**
 * Tables of {@code ||} rows: {@code <table class="wiki">}, header cells ({@code ||=x=||}), column spans (empty
 * cells), alignment by the spaces around a cell's text, rows continued on the next line by a trailing
 * {@code \}, {@code |---- params} row separators, and the rows and cells {@code #!tr}, {@code #!td},
 * {@code #!th} blocks add.
 */
final class TableBuilder {
    private final BlockFormatter formatter;
    private final StringBuilder out;
    private boolean open;
    private boolean rowOpen;
    private boolean continueTable;
    private boolean continueRow;
    private String cell = "";

    TableBuilder(BlockFormatter formatter, StringBuilder out) {
        this.formatter = formatter;
        this.out = out;
    }

    boolean isOpen() {
        return open;
    }

    /** The separator {@code line[from, to)} of a table row line ({@code to} is the line's end for the last). */
    void cell(LineScan line, int from, int to, StringBuilder result) {
        openRow("");
        continueTable = true;
        int sepEnd = from;
        boolean header = false;
        int pipes = 0;
        if (line.at(sepEnd) == '=') {
            sepEnd++;
        }
        while (line.at(sepEnd) == '|' && sepEnd < to) {
            sepEnd++;
            pipes++;
        }
        if (sepEnd < to && line.at(sepEnd) == '=') {
            sepEnd++;
            header = true;
        }
        int colspan = pipes / 2;
        if (to == line.length) {
            continueRow = line.text.endsWith("\\");
            colspan--;
            if (colspan == 0) {
                return;
            }
        }
        String tag = header ? "th" : "td";
        StringBuilder td = new StringBuilder();
        if (!cell.isEmpty()) {
            td.append("</").append(cell).append('>');
        }
        td.append('<').append(tag);
        if (colspan > 1) {
            td.append(" colspan=\"").append(colspan).append('"');
        }
        String align = alignment(line, sepEnd);
        if (align != null) {
            td.append(" style=\"text-align: ").append(align).append('"');
        }
        result.append(td.append('>'));
        cell = tag;
    }

    /** Trac's rule: {@code ||left ||}, {@code || right||}, {@code ||  center  ||}, else the default. */
    private static String alignment(LineScan line, int start) {
        boolean left = start < line.length && line.at(start) != ' ';
        int next = line.text.indexOf("||", start);
        while (next > 0 && line.at(next - 1) == '!') {
            next = line.text.indexOf("||", next + 2);
        }
        int last = next - 1;
        if (last >= start && line.at(last) == '=') {
            last--;
        }
        boolean right = next >= 0 && last >= start && line.at(last) != ' ';
        if (left) {
            return right ? null : "left";
        }
        if (right) {
            return "right";
        }
        boolean center = next >= 0 && start + 1 < last && line.at(start + 1) == ' ' && line.at(last - 1) == ' ';
        return center ? "center" : null;
    }

    /** A {@code |----} line: ends the row; the next row gets the line's parameters. */
    void rowSeparator(String line) {
        openTable();
        closeRow(true);
        int params = 1;
        while (params < line.length() && line.charAt(params) == '-') {
            params++;
        }
        openRow(ProcessorArgs.parse(line.substring(params)).attributes(null));
        continueTable = true;
        continueRow = true;
    }

    /** At the end of a text line: a table not continued by the line ends. */
    void endLine() {
        if (open && !continueTable) {
            close();
        }
        continueTable = false;
    }

    void openTable() {
        if (!open) {
            formatter.closeParagraph();
            formatter.indentation().closeLists();
            formatter.closeDefList();
            open = true;
            out.append("<table class=\"wiki\">\n");
        }
    }

    void openRow(String attributes) {
        if (!rowOpen) {
            openTable();
            rowOpen = true;
            out.append("<tr").append(attributes).append('>');
        }
    }

    void closeRow(boolean force) {
        if (rowOpen && (!continueRow || force)) {
            rowOpen = false;
            if (!cell.isEmpty()) {
                out.append("</").append(cell).append('>');
                cell = "";
            }
            out.append("</tr>");
        }
        continueRow = false;
    }

    void close() {
        if (open) {
            closeRow(true);
            out.append("</table>\n");
            open = false;
        }
    }
}
