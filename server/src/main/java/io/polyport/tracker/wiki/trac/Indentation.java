package io.polyport.tracker.wiki.trac;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists and indentation block quotes, nested by the column their marker or text starts at, with Trac's
 * "tab stops": the columns earlier lines opened, so that text indented to one of them continues that level.
 */
final class Indentation {
    private final BlockFormatter formatter;
    private final StringBuilder out;
    private final List<String> listTypes = new ArrayList<>();
    private final List<Integer> listDepths = new ArrayList<>();
    private final List<Integer> quoteDepths = new ArrayList<>();
    private final List<Integer> tabstops = new ArrayList<>();
    private boolean inListItem;
    private boolean inQuote;

    Indentation(BlockFormatter formatter, StringBuilder out) {
        this.formatter = formatter;
        this.out = out;
    }

    void startLine() {
        inListItem = false;
        inQuote = false;
    }

    boolean inListItem() {
        return inListItem;
    }

    boolean inQuote() {
        return inQuote;
    }

    void clearTabstops() {
        tabstops.clear();
    }

    /** The column of the innermost open list, -1 if none. */
    int listDepth() {
        return listDepths.isEmpty() ? -1 : listDepths.get(listDepths.size() - 1);
    }

    /**
     * Starts a list item if {@code line} has a list marker at {@code indent} ({@code *}, {@code -}, {@code 1.},
     * {@code a.}, {@code i.} followed by a space); returns where its text starts, or -1.
     */
    int listItem(String line, int indent) {
        int marker = markerEnd(line, indent);
        if (marker < 0) {
            return -1;
        }
        inListItem = true;
        char id = line.charAt(indent);
        String start = line.substring(indent, marker - 1);
        if (id == '*' || id == '-' || id == '\u2022') {
            setListDepth(indent, "ul", null, null);
        } else if (id == 'i') {
            setListDepth(indent, "ol", "lowerroman", null);
        } else if (id == 'I') {
            setListDepth(indent, "ol", "upperroman", null);
        } else if (Character.isDigit(id)) {
            setListDepth(indent, "ol", null, start.equals("1") ? null : Integer.parseInt(start));
        } else {
            char first = Character.isLowerCase(id) ? 'a' : 'A';
            Integer from = start.length() == 1 && id != first ? id - first + 1 : null;
            setListDepth(indent, "ol", first == 'a' ? "loweralpha" : "upperalpha", from);
        }
        return marker + 1;
    }

    /** The index of the {@code .} or bullet ending a list marker at {@code i}, plus one; -1 if there is none. */
    private static int markerEnd(String line, int i) {
        char c = i < line.length() ? line.charAt(i) : '\0';
        if (c == '*' || c == '-' || c == '\u2022') {
            return isSpace(line, i + 1) ? i + 1 : -1;
        }
        int end = i;
        while (end < line.length() && end - i < 9 && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
            end++;
        }
        if (end == i && end < line.length() && isAsciiLetter(line.charAt(end))) {
            end++;
        }
        if (end > i && end < line.length() && line.charAt(end) == '.' && isSpace(line, end + 1)) {
            return end + 1;
        }
        end = i;
        while (end < line.length() && end - i < 5 && "ivxIVX".indexOf(line.charAt(end)) >= 0) {
            end++;
        }
        return end > i && end < line.length() && line.charAt(end) == '.' && isSpace(line, end + 1) ? end + 1 : -1;
    }

    private static boolean isSpace(String line, int i) {
        return i < line.length() && line.charAt(i) == ' ';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Text indented by {@code depth} columns: continues a list item or opens, keeps or closes quotes. */
    void indent(int depth) {
        if (!listDepths.isEmpty()) {
            String type = listTypes.get(listTypes.size() - 1);
            int listDepth = listDepth();
            if (depth < listDepth) {
                for (int open : listDepths) {
                    if (depth > open) {
                        inListItem = true;
                        setListDepth(depth, null, null, null);
                        return;
                    }
                }
            } else if (depth <= listDepth + (type.equals("ol") ? 3 : 2)) {
                inListItem = true;
                return;
            }
        }
        setQuoteDepth(depth);
    }

    void closeLists() {
        setListDepth(-1, null, null, null);
    }

    void closeListsTo(int depth) {
        setListDepth(depth, null, null, null);
    }

    void closeQuotes() {
        setQuoteDepth(0);
    }

    private void setTab(int depth) {
        int keep = 0;
        while (keep < tabstops.size() && tabstops.get(keep) < depth) {
            keep++;
        }
        tabstops.subList(keep, tabstops.size()).clear();
        tabstops.add(depth);
    }

    private void setListDepth(int depth, String type, String cssClass, Integer start) {
        if (depth > listDepth()) {
            openList(depth, type, cssClass, start);
            return;
        }
        while (!listDepths.isEmpty() && depth < listDepth()) {
            closeList();
        }
        if (type == null || depth < 0) {
            return;
        }
        if (listDepths.isEmpty()) {
            openList(depth, type, cssClass, start);
        } else if (!listTypes.get(listTypes.size() - 1).equals(type)) {
            closeList();
            openList(depth, type, cssClass, start);
        } else {
            listDepths.set(listDepths.size() - 1, depth);
            closeItem();
            out.append("<li>");
        }
    }

    private void openList(int depth, String type, String cssClass, Integer start) {
        formatter.table().close();
        formatter.closeParagraph();
        closeQuotes();
        listTypes.add(type);
        listDepths.add(depth);
        setTab(depth);
        out.append('<').append(type).append(cssClass == null ? "" : " class=\"" + cssClass + "\"")
                .append(start == null ? "" : " start=\"" + start + "\"").append("><li>");
    }

    private void closeItem() {
        formatter.flushStyles();
        out.append("</li>");
    }

    private void closeList() {
        String type = listTypes.remove(listTypes.size() - 1);
        listDepths.remove(listDepths.size() - 1);
        closeItem();
        out.append("</").append(type).append('>');
    }

    private int quoteDepth() {
        return quoteDepths.isEmpty() ? 0 : quoteDepths.get(quoteDepths.size() - 1);
    }

    private void setQuoteDepth(int depth) {
        int current = quoteDepth();
        if (depth > current) {
            setTab(depth);
            for (int tab : List.copyOf(tabstops)) {
                if (tab > current) {
                    openQuote(tab);
                }
            }
        } else {
            while (!quoteDepths.isEmpty() && depth < quoteDepth()) {
                formatter.table().close();
                formatter.closeParagraph();
                quoteDepths.remove(quoteDepths.size() - 1);
                out.append("</blockquote>\n");
            }
            if (depth > 0) {
                if (quoteDepths.isEmpty()) {
                    openQuote(depth);
                } else {
                    quoteDepths.set(quoteDepths.size() - 1, depth);
                }
            }
        }
        if (depth > 0) {
            inQuote = true;
        }
    }

    private void openQuote(int depth) {
        formatter.table().close();
        formatter.closeParagraph();
        closeLists();
        quoteDepths.add(depth);
        setTab(depth);
        out.append("<blockquote>\n");
    }
}
