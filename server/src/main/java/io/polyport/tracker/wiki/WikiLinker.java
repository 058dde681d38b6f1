package io.polyport.tracker.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Walks a parsed Markdown document and turns Trac-style references in its text into links: {@code #123} and
 * {@code ticket:123} to tickets, {@code wiki:PageName} and CamelCase words to pages ({@code !CamelCase} stays
 * plain text). It also makes link and image destinations absolute: {@code wiki:}, {@code ticket:} and
 * {@code milestone:} targets, relative links (to pages) and relative images (attachments of the page being
 * rendered). Text inside links, images and code is left alone. One linker serves one document.
 */
final class WikiLinker extends AbstractVisitor {
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";
    private static final String CAMEL_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{N}]+){2,}";
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_&/!])(?<escape>!?)(?:"
                    + "(?<ticket>(?:#|ticket:)(?<id>[0-9]{1,9}))(?!" + WORD_CHAR + ")"
                    + "|wiki:(?<target>[\\p{L}\\p{N}_./-]*" + WORD_CHAR + ")"
                    + "|(?<camel>" + CAMEL_WORD + "(?:/" + CAMEL_WORD + ")*)(?![\\p{L}\\p{N}_/])"
                    + ")");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$", Pattern.DOTALL);

    private final TrackerUrls urls;
    private final String page;
    private final Set<String> linkedPages = new TreeSet<>();
    private final List<Text> texts = new ArrayList<>();

    /**
     * @param urls where links point
     * @param page the page being rendered (for relative image sources), or null for loose text
     */
    WikiLinker(TrackerUrls urls, String page) {
        this.urls = urls;
        this.page = page;
    }

    /** Links the references in {@code document}, changing it in place. */
    void link(Node document) {
        document.accept(this);
        for (Text text : texts) {
            linkReferences(text);
        }
    }

    /** The names of the pages the document links to, sorted. */
    Set<String> linkedPages() {
        return linkedPages;
    }

    @Override
    public void visit(Text text) {
        texts.add(text);
    }

    @Override
    public void visit(Link link) {
        link.setDestination(resolve(link.getDestination(), false));
    }

    @Override
    public void visit(Image image) {
        image.setDestination(resolve(image.getDestination(), true));
    }

    private void linkReferences(Text text) {
        String literal = text.getLiteral();
        Matcher match = REFERENCE.matcher(literal);
        List<Node> replacement = new ArrayList<>();
        int plainFrom = 0;
        while (match.find()) {
            String reference = match.group().substring(match.group("escape").length());
            String destination = match.group("escape").isEmpty() ? destinationOf(match) : null;
            if (destination == null && match.group("escape").isEmpty()) {
                continue;
            }
            addText(replacement, literal.substring(plainFrom, match.start()));
            if (destination == null) {
                addText(replacement, reference);
            } else {
                Link link = new Link(destination, null);
                link.appendChild(new Text(reference));
                replacement.add(link);
            }
            plainFrom = match.end();
        }
        if (replacement.isEmpty()) {
            return;
        }
        addText(replacement, literal.substring(plainFrom));
        for (Node node : replacement) {
            text.insertBefore(node);
        }
        text.unlink();
    }

    private String destinationOf(Matcher match) {
        if (match.group("ticket") != null) {
            return urls.ticket(Long.parseLong(match.group("id")));
        }
        String target = match.group("target") != null ? match.group("target") : match.group("camel");
        return pageLink(target, "");
    }

    private String resolve(String destination, boolean image) {
        if (destination == null || destination.isEmpty() || destination.startsWith("#")
                || destination.startsWith("//")) {
            return destination;
        }
        if (destination.startsWith("/")) {
            return urls.absolute(destination);
        }
        Matcher scheme = SCHEME.matcher(destination);
        if (scheme.matches()) {
            String target = scheme.group(2);
            return switch (scheme.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "wiki" -> orElse(pageLinkWithFragment(target), destination);
                case "ticket" -> target.matches("[0-9]{1,9}") ? urls.ticket(Long.parseLong(target)) : destination;
                case "milestone" -> target.isEmpty() ? destination : urls.milestone(target);
                default -> destination;
            };
        }
        if (image) {
            return page == null || destination.contains("/") ? destination : urls.rawAttachment(page, destination);
        }
        return orElse(pageLinkWithFragment(destination), destination);
    }

    private String pageLinkWithFragment(String target) {
        int fragment = target.indexOf('#');
        return fragment < 0 ? pageLink(target, "") : pageLink(target.substring(0, fragment), target.substring(fragment));
    }

    private String pageLink(String name, String fragment) {
        if (!WikiNames.isValidPage(name)) {
            return null;
        }
        linkedPages.add(name);
        return urls.wiki(name) + fragment;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static void addText(List<Node> nodes, String literal) {
        if (!literal.isEmpty()) {
            nodes.add(new Text(literal));
        }
    }
}
