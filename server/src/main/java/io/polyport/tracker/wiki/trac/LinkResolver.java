package io.polyport.tracker.wiki.trac;

import static io.polyport.core.wiki.Html.escape;
import static io.polyport.core.wiki.Html.escapeText;

import io.polyport.tracker.wiki.WikiNames;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns TracLinks ({@code ns:target} with a label) into anchors as Trac 1.6 writes them: classes {@code wiki},
 * {@code missing wiki}, {@code <status> ticket}, {@code milestone}, {@code ext-link}, {@code mail-link}, ...,
 * a ticket's summary and status in its title, {@code rel="nofollow"} and a trailing {@code ?} on missing pages.
 */
final class LinkResolver {
    /** URL schemes linked as external links (Trac's default {@code safe_schemes} less {@code file} and cvs). */
    static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "ftp", "sftp", "git", "svn", "svn+ssh", "ssh",
            "irc", "news");
    private static final Set<String> NAMESPACES = Set.of("wiki", "ticket", "bug", "issue", "comment", "milestone",
            "report", "search", "attachment", "query", "mailto");
    private static final String ICON = "<span class=\"icon\">\u200b</span>";

    private final RenderState state;

    LinkResolver(RenderState state) {
        this.state = state;
    }

    /** Whether {@code ns:target} can be a link. */
    static boolean isLink(String ns, String target) {
        String lower = ns.toLowerCase(Locale.ROOT);
        return NAMESPACES.contains(lower) || (SAFE_SCHEMES.contains(lower) && target.startsWith("//"));
    }

    /** The anchor for {@code ns:target} labelled {@code label} (plain text), or null when it is no link. */
    String link(String ns, String target, String label) {
        String lower = ns.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "wiki" -> wiki(target, label);
            case "ticket", "bug", "issue" -> ticket(target, label, "");
            case "comment" -> comment(target, label);
            case "milestone" -> milestone(target, label);
            case "report" -> target.matches("[0-9]{1,9}")
                    ? anchor("report", state.urls.report(target), null, label)
                    : "<a class=\"missing report\" title=\"report does not exist\">" + escapeText(label) + "</a>";
            case "search" -> anchor("search", state.urls.search(target), null, label);
            case "query" -> anchor("query", state.urls.query(target.startsWith("?") ? target.substring(1) : target),
                    null, label);
            case "attachment" -> attachment(target, label);
            case "mailto" -> "<a class=\"mail-link\" href=\"mailto:" + escape(target) + "\">" + ICON + escapeText(label)
                    + "</a>";
            default -> SAFE_SCHEMES.contains(lower) && target.startsWith("//") ? external(ns + ":" + target, label)
                    : null;
        };
    }

    /** An external link to {@code url}. */
    String external(String url, String label) {
        return "<a class=\"ext-link\" href=\"" + escape(url) + "\">" + ICON + escapeText(label) + "</a>";
    }

    /** An e-mail address found in text. */
    String mail(String address) {
        return link("mailto", address, address);
    }

    /** A link relative to the server ({@code /path}), to an anchor of this page ({@code #x}), or to a page. */
    String relative(String target, String label) {
        if (target.startsWith("#")) {
            return state.page == null ? "<a href=\"" + escape(target) + "\">" + escapeText(label) + "</a>"
                    : anchor("wiki", state.urls.wiki(state.page) + target, null, label);
        }
        if (target.startsWith("/")) {
            String path = "/" + stripLeading(target, '/');
            return "<a href=\"" + escape(state.urls.absolute(path)) + "\">" + escapeText(label) + "</a>";
        }
        return wiki(target, label);
    }

    String wiki(String target, String label) {
        int split = indexOfAny(target, "#?");
        String name = resolvePage(split < 0 ? target : target.substring(0, split));
        String suffix = split < 0 ? "" : target.substring(split);
        if (name == null || !WikiNames.isValidPage(name)) {
            return escapeText(label);
        }
        state.linkedPages.add(name);
        String href = state.urls.wiki(name) + suffix;
        if (state.pageExists(name)) {
            return anchor("wiki", href, null, label);
        }
        return "<a class=\"missing wiki\" href=\"" + escape(href) + "\" rel=\"nofollow\">" + escapeText(label)
                + "?</a>";
    }

    String ticket(String target, String label, String titlePrefix) {
        int digits = 0;
        while (digits < target.length() && digits < 9 && Character.isDigit(target.charAt(digits))
                && target.charAt(digits) < 128) {
            digits++;
        }
        String rest = target.substring(digits);
        Optional<TracResources.TicketRef> ticket = digits == 0 || !(rest.isEmpty() || rest.startsWith("#")
                || rest.startsWith("?")) ? Optional.empty() : state.ticket(Long.parseLong(target.substring(0, digits)));
        if (ticket.isEmpty()) {
            return "<a class=\"missing ticket\">" + escapeText(label) + "</a>";
        }
        TracResources.TicketRef t = ticket.get();
        return anchor(t.status() + " ticket", state.urls.ticket(t.id()) + rest,
                titlePrefix + "#" + t.id() + ": " + t.summary() + " (" + t.status() + ")", label);
    }

    private String comment(String target, String label) {
        int colon = target.indexOf(':');
        String number = colon < 0 ? target : target.substring(0, colon);
        String rest = colon < 0 ? "" : target.substring(colon + 1);
        if (!number.matches("[0-9]{1,9}")) {
            return escapeText(label);
        }
        if (rest.startsWith("ticket:")) {
            return ticket(rest.substring("ticket:".length()) + "#comment:" + number, label,
                    "Comment " + number + " for ");
        }
        return "<a href=\"#comment:" + number + "\" title=\"Comment " + number + "\">" + escapeText(label) + "</a>";
    }

    private String milestone(String target, String label) {
        int split = indexOfAny(target, "#?");
        String name = split < 0 ? target : target.substring(0, split);
        String href = state.urls.milestone(name) + (split < 0 ? "" : target.substring(split));
        if (name.isEmpty()) {
            return escapeText(label);
        }
        return state.milestone(name)
                .map(m -> anchor(m.completed() ? "closed milestone" : "milestone", href, null, label))
                .orElseGet(() -> "<a class=\"missing milestone\" href=\"" + escape(href) + "\" rel=\"nofollow\">"
                        + escapeText(label) + "</a>");
    }

    /** {@code file} (this page's), {@code file:wiki:Page} or {@code file:ticket:1}. */
    private String attachment(String target, String label) {
        String realm = "wiki";
        String id = state.page;
        String file = target;
        for (String owner : new String[] {":wiki:", ":ticket:"}) {
            int at = target.lastIndexOf(owner);
            if (at > 0) {
                realm = owner.substring(1, owner.length() - 1);
                id = target.substring(at + owner.length());
                file = target.substring(0, at);
            }
        }
        if (id == null || id.isEmpty() || file.isEmpty()) {
            return escapeText(label);
        }
        String title = "Attachment '" + file + "' in " + (realm.equals("ticket") ? "Ticket #" + id : id);
        return anchor("attachment", state.urls.attachment(realm, id, file), title, label)
                + "<a class=\"trac-rawlink\" href=\"" + escape(state.urls.rawAttachment(realm, id, file))
                + "\" title=\"Download\">\u200b</a>";
    }

    /** A page name relative to the page being rendered ({@code ./Sub}, {@code ../Sibling}) made absolute. */
    private String resolvePage(String name) {
        if (name.isEmpty()) {
            return state.page == null ? "WikiStart" : state.page;
        }
        if (name.startsWith("./")) {
            return state.page == null ? name.substring(2) : state.page + "/" + name.substring(2);
        }
        if (name.startsWith("../")) {
            String base = state.page == null || state.page.lastIndexOf('/') < 0 ? ""
                    : state.page.substring(0, state.page.lastIndexOf('/'));
            String rest = name.substring(3);
            return base.isEmpty() ? rest : base + "/" + rest;
        }
        return stripLeading(name, '/');
    }

    private static String anchor(String cssClass, String href, String title, String label) {
        return "<a class=\"" + escape(cssClass) + "\" href=\"" + escape(href) + "\""
                + (title == null ? "" : " title=\"" + escape(title) + "\"") + ">" + escapeText(label) + "</a>";
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String stripLeading(String text, char c) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == c) {
            i++;
        }
        return text.substring(i);
    }
}
