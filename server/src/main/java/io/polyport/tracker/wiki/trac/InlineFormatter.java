package io.polyport.tracker.wiki.trac;

import static io.polyport.core.wiki.Html.escape;
import static io.polyport.core.wiki.Html.escapeTo;

import io.polyport.tracker.wiki.trac.InlineStyles.Style;

/**
 * Trac's inline markup in one line: font styles, monospace, {@code !} escapes, WikiCreole bold, italic and line
 * breaks, TracLinks in their short ({@code ns:target}, {@code #1}, {@code {1}}, CamelCase, URLs, e-mail
 * addresses) and long forms ({@code [ns:target label]}, {@code [[target|label]]}), anchors and macro calls.
 * One left-to-right pass; every look-ahead is bounded or memoised by {@link LineScan}, so time is linear.
 */
final class InlineFormatter {
    /** Where the line is: table separators and block macros depend on the block around the line. */
    interface Host {
        /** Writes table cell separator {@code line[from, to)}; called only for lines of a table. */
        void tableSeparator(LineScan line, int from, int to, StringBuilder out);

        /** Whether the line is paragraph text (a block-level macro result then interrupts the paragraph). */
        boolean inParagraph();
    }

    private static final int MAX_NAMESPACE = 32;

    private final Rendering rendering;
    private final InlineStyles styles;
    private final Host host;
    private Kind kind;
    private int from;
    private int to;
    private String text;
    private Style style;

    private enum Kind { STYLE, BOLD_ITALIC, CODE, BREAK, LONG_LINK, MACRO_LINK, SHORT_LINK, TICKET, REPORT, CAMEL,
        EMAIL, TABLE_SEPARATOR }

    InlineFormatter(Rendering rendering, InlineStyles styles, Host host) {
        this.rendering = rendering;
        this.styles = styles;
        this.host = host;
    }

    /** Appends {@code line} formatted to {@code out}; {@code tableRow}: the line is a row of a {@code ||} table. */
    void format(String line, boolean tableRow, StringBuilder out) {
        LineScan scan = new LineScan(line);
        int plain = 0;
        int i = 0;
        while (i < scan.length) {
            char c = scan.text.charAt(i);
            boolean escaped = c == '!' && i + 1 < scan.length;
            int end = match(scan, escaped ? i + 1 : i, tableRow || escaped);
            if (end < 0) {
                i++;
                continue;
            }
            text(scan.text, plain, i, out);
            if (escaped) {
                text(scan.text, i + 1, end, out);
            } else {
                emit(scan, i, end, out);
            }
            i = end;
            plain = end;
        }
        text(scan.text, plain, scan.length, out);
    }

    /** Appends text escaped as Trac escapes text ({@code &}, {@code <}, {@code >}; quotes stay). */
    private static void text(String line, int from, int to, StringBuilder out) {
        escapeTo(line, from, to, false, out);
    }

    /** Where the markup starting at {@code i} ends (its kind and parts left in fields), or -1 for plain text. */
    private int match(LineScan s, int i, boolean tableRow) {
        char c = s.at(i);
        char next = s.at(i + 1);
        switch (c) {
            case '\'':
                return quotes(s, i);
            case '*':
                return next == '*' ? style(Style.CREOLE_BOLD, i + 2) : -1;
            case '/':
                return next == '/' && s.at(i - 1) != ':' ? style(Style.CREOLE_ITALIC, i + 2) : -1;
            case '_':
                return next == '_' ? style(Style.UNDERLINE, i + 2) : -1;
            case '~':
                return next == '~' ? style(Style.STRIKE, i + 2) : -1;
            case ',':
                return next == ',' ? style(Style.SUBSCRIPT, i + 2) : -1;
            case '^':
                return style(Style.SUPERSCRIPT, i + 1);
            case '`':
                return code(s, i + 1, "`");
            case '{':
                return s.startsWith("{{{", i) ? code(s, i + 3, "}}}") : report(s, i);
            case '\\':
                return next == '\\' ? set(Kind.BREAK, i, i + 2) : -1;
            case '[':
                return next == '[' ? macroLink(s, i) : longLink(s, i);
            case '#':
                return ticket(s, i);
            case '|', '=':
                return tableRow ? tableSeparator(s, i) : -1;
            default:
                return LineScan.isWord(c) && !LineScan.isWord(s.at(i - 1)) ? word(s, i) : -1;
        }
    }

    private int quotes(LineScan s, int i) {
        int run = s.run(i, '\'', 5);
        if (run >= 5) {
            return set(Kind.BOLD_ITALIC, i, i + 5);
        }
        if (run >= 3) {
            return style(Style.BOLD, i + 3);
        }
        return run == 2 ? style(Style.ITALIC, i + 2) : -1;
    }

    private int style(Style value, int end) {
        style = value;
        kind = Kind.STYLE;
        return end;
    }

    private int code(LineScan s, int start, String close) {
        int end = s.find(close, start);
        return end < 0 ? -1 : set(Kind.CODE, start, end) + close.length();
    }

    private int report(LineScan s, int i) {
        int digits = digits(s, i + 1);
        return digits > 0 && s.at(i + 1 + digits) == '}' ? set(Kind.REPORT, i + 1, i + 1 + digits) + 1 : -1;
    }

    private int ticket(LineScan s, int i) {
        char before = s.at(i - 1);
        int digits = digits(s, i + 1);
        if (digits == 0 || LineScan.isWord(before) || before == '&' || LineScan.isWord(s.at(i + 1 + digits))) {
            return -1;
        }
        return set(Kind.TICKET, i + 1, i + 1 + digits);
    }

    private int tableSeparator(LineScan s, int i) {
        int start = s.at(i) == '=' ? i + 1 : i;
        int pipes = s.run(start, '|', Integer.MAX_VALUE);
        if (pipes < 2) {
            return -1;
        }
        int end = start + pipes - pipes % 2;
        end = s.at(end) == '=' ? end + 1 : end;
        int rest = end;
        while (s.at(rest) == ' ') {
            rest++;
        }
        rest = s.at(rest) == '\\' ? rest + 1 : rest;
        return set(Kind.TABLE_SEPARATOR, i, rest == s.length ? rest : end);
    }

    /** A CamelCase page name, a short TracLink ({@code ns:target}) or an e-mail address starting a word. */
    private int word(LineScan s, int i) {
        int camel = camelCaseEnd(s, i);
        if (!s.hasColon) {
            return camel > 0 ? set(Kind.CAMEL, i, camel) : s.hasAt ? email(s, i) : -1;
        }
        int ns = i;
        while (ns < s.length && ns - i < MAX_NAMESPACE && (Character.isLetterOrDigit(s.at(ns)) || s.at(ns) == '+'
                || s.at(ns) == '-' || s.at(ns) == '.') && s.at(ns) < 128) {
            ns++;
        }
        if (s.at(ns) == ':' && ns > i && Character.isLetter(s.at(i))) {
            int end = shortLink(s, i, ns);
            if (end > 0) {
                return end;
            }
        }
        if (camel > 0) {
            return set(Kind.CAMEL, i, camel);
        }
        return s.hasAt ? email(s, i) : -1;
    }

    private int shortLink(LineScan s, int i, int colon) {
        String ns = s.text.substring(i, colon);
        char quote = s.at(colon + 1);
        if (quote == '"' || quote == '\'') {
            int close = s.find(String.valueOf(quote), colon + 2);
            if (close > colon + 2 && LinkResolver.isLink(ns, s.text.substring(colon + 2, close))) {
                text = s.text.substring(colon + 2, close);
                return set(Kind.SHORT_LINK, i, colon) > 0 ? close + 1 : -1;
            }
            return -1;
        }
        int end = s.targetEnd(colon + 1);
        if (end == colon + 1 || !LinkResolver.isLink(ns, s.text.substring(colon + 1, end))) {
            return -1;
        }
        text = s.text.substring(colon + 1, end);
        set(Kind.SHORT_LINK, i, colon);
        return end;
    }

    /** The end of a CamelCase name ({@code WikiStart}, {@code TracGuide/SubPage}) starting at i, or -1. */
    private static int camelCaseEnd(LineScan s, int i) {
        char before = s.at(i - 1);
        if (before == '/' || before == '&' || before == '.' || before == '#') {
            return -1;
        }
        int end = camelSegmentEnd(s, i);
        while (end > 0 && s.at(end) == '/') {
            int sub = camelSegmentEnd(s, end + 1);
            if (sub < 0) {
                break;
            }
            end = sub;
        }
        return end > 0 && !LineScan.isWord(s.at(end)) && s.at(end) != '/' ? end : -1;
    }

    private static int camelSegmentEnd(LineScan s, int i) {
        int humps = 0;
        int at = i;
        while (Character.isUpperCase(s.at(at))) {
            int lower = at + 1;
            while (Character.isLowerCase(s.at(lower)) || Character.isDigit(s.at(lower))) {
                lower++;
            }
            if (lower == at + 1) {
                return -1;
            }
            humps++;
            at = lower;
        }
        return humps >= 2 ? at : -1;
    }

    private int email(LineScan s, int i) {
        if (isLocalPart(s.at(i - 1))) {
            return -1;
        }
        int at = i;
        while (isLocalPart(s.at(at))) {
            at++;
        }
        if (s.at(at) != '@') {
            return -1;
        }
        int end = at + 1;
        int labels = 0;
        int lastLabelStart = end;
        while (Character.isLetterOrDigit(s.at(end)) && s.at(end) < 128) {
            lastLabelStart = end;
            while ((Character.isLetterOrDigit(s.at(end)) || s.at(end) == '-' || s.at(end) == '_') && s.at(end) < 128) {
                end++;
            }
            while (s.at(end - 1) == '-') {
                end--;
            }
            labels++;
            if (s.at(end) != '.' || !Character.isLetterOrDigit(s.at(end + 1))) {
                break;
            }
            end++;
        }
        boolean topLevel = end - lastLabelStart >= 2
                && s.text.substring(lastLabelStart, end).chars().allMatch(Character::isLetter);
        return labels >= 2 && topLevel ? set(Kind.EMAIL, i, end) : -1;
    }

    private static boolean isLocalPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '+' || c == '-'
                || c == '\'');
    }

    /** {@code [target label]}: a TracLink, a server path, an anchor of this page, a relative page or an anchor. */
    private int longLink(LineScan s, int i) {
        int close = s.find("]", i + 1);
        if (close < 0) {
            return -1;
        }
        int blank = s.find(" ", i + 1);
        int space = blank < 0 || blank > close ? close : blank;
        String target = s.text.substring(i + 1, space);
        int labelStart = space;
        while (labelStart < close && Character.isWhitespace(s.at(labelStart))) {
            labelStart++;
        }
        if (s.at(labelStart) == '"') {
            int quote = s.find("\"", labelStart + 1);
            if (quote > 0 && s.at(quote + 1) == ']') {
                close = quote + 1;
            }
        }
        String label = s.text.substring(labelStart, close);
        if (!isLongTarget(target)) {
            return -1;
        }
        text = target;
        set(Kind.LONG_LINK, labelStart, close);
        return close + 1;
    }

    private static boolean isLongTarget(String target) {
        if (target.startsWith("/") || target.startsWith("#") || target.startsWith("./") || target.startsWith("../")
                || target.startsWith("=#")) {
            return target.length() > (target.startsWith("=#") ? 2 : 0);
        }
        int colon = target.indexOf(':');
        return colon > 0 && LinkResolver.isLink(target.substring(0, colon), target.substring(colon + 1));
    }

    private int macroLink(LineScan s, int i) {
        int close = s.find("]]", i + 2);
        return close > i + 2 ? set(Kind.MACRO_LINK, i + 2, close) + 2 : -1;
    }

    private static int digits(LineScan s, int i) {
        int end = i;
        while (end - i < 9 && s.at(end) >= '0' && s.at(end) <= '9') {
            end++;
        }
        return s.at(end) >= '0' && s.at(end) <= '9' ? 0 : end - i;
    }

    private int set(Kind value, int start, int end) {
        kind = value;
        from = start;
        to = end;
        return end;
    }

    private void emit(LineScan s, int start, int end, StringBuilder out) {
        LinkResolver links = rendering.links();
        String whole = s.text.substring(start, end);
        switch (kind) {
            case STYLE -> styles.toggle(style, out);
            case BOLD_ITALIC -> styles.toggleBoldItalic(out);
            case CODE -> {
                out.append("<code>");
                text(s.text, from, to, out);
                out.append("</code>");
            }
            case BREAK -> out.append("<br />");
            case TICKET -> out.append(links.ticket(s.text.substring(from, to), whole, ""));
            case REPORT -> out.append(links.link("report", s.text.substring(from, to), whole));
            case CAMEL -> out.append(links.wiki(whole, whole));
            case EMAIL -> out.append(links.mail(whole));
            case SHORT_LINK -> out.append(links.link(s.text.substring(start, to), text, whole));
            case LONG_LINK -> out.append(longLink(text, s.text.substring(from, to)));
            case MACRO_LINK -> out.append(macroOrLink(s.text.substring(from, to)));
            case TABLE_SEPARATOR -> host.tableSeparator(s, start, end, out);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private String longLink(String target, String rawLabel) {
        String label = unquote(rawLabel);
        if (target.startsWith("=#")) {
            return anchor(target.substring(2), rawLabel);
        }
        int colon = target.indexOf(':');
        if (target.startsWith("/") || target.startsWith("#") || target.startsWith(".")) {
            return rendering.links().relative(target, label.isEmpty() ? target : label);
        }
        String ns = target.substring(0, colon);
        String rest = unquote(target.substring(colon + 1));
        String fallback = rest.startsWith("//") ? target : stripSlashes(rest);
        return rendering.links().link(ns, rest, label.isEmpty() ? (fallback.isEmpty() ? ns : fallback) : label);
    }

    /** {@code [[...]]}: a macro call if it names a macro, else a WikiCreole link, as in Trac. */
    private String macroOrLink(String inner) {
        if (inner.startsWith("=#")) {
            int bar = inner.indexOf('|');
            return anchor(bar < 0 ? inner.substring(2) : inner.substring(2, bar),
                    bar < 0 ? "" : inner.substring(bar + 1));
        }
        String html = rendering.macroCall(inner, host.inParagraph());
        if (html != null) {
            return html;
        }
        int bar = inner.indexOf('|');
        String target = (bar < 0 ? inner : inner.substring(0, bar)).strip();
        String label = bar < 0 ? "" : inner.substring(bar + 1).strip();
        int colon = target.indexOf(':');
        if (colon > 0 && LinkResolver.isLink(target.substring(0, colon), target.substring(colon + 1))) {
            String rest = target.substring(colon + 1);
            return rendering.links().link(target.substring(0, colon), rest,
                    label.isEmpty() ? (rest.startsWith("//") ? target : rest) : label);
        }
        if (target.startsWith("/") || target.startsWith("#") || target.startsWith(".")) {
            return rendering.links().relative(target, label.isEmpty() ? target : label);
        }
        return target.isEmpty() ? escape("[[" + inner + "]]")
                : rendering.links().wiki(target, label.isEmpty() ? target : label);
    }

    private String anchor(String id, String label) {
        return "<span class=\"wikianchor\" id=\"" + escape(id) + "\">" + rendering.toInlineHtml(label) + "</span>";
    }

    private static String unquote(String label) {
        if (label.length() >= 2 && (label.charAt(0) == '"' || label.charAt(0) == '\'')
                && label.charAt(label.length() - 1) == label.charAt(0)) {
            return label.substring(1, label.length() - 1);
        }
        return label;
    }

    private static String stripSlashes(String target) {
        int i = 0;
        while (i < target.length() && target.charAt(i) == '/') {
            i++;
        }
        return target.substring(i);
    }
}
