package io.polyport.tracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's search query, parsed into the terms every hit must contain and the terms no hit may contain. Words
 * are separated by white space; {@code "two words"} is a phrase, a leading {@code -} excludes a word or phrase,
 * a trailing {@code *} makes it a prefix. Terms without a letter or digit are dropped: they match nothing.
 *
 * @param include terms every hit contains
 * @param exclude terms no hit contains
 */
public record SearchQuery(List<Term> include, List<Term> exclude) {
    private static final Pattern TOKEN = Pattern.compile("(-?)(?:\"([^\"]*)\"?(\\*?)|([^\\s\"]\\S*))");
    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");

    /**
     * One word or phrase.
     *
     * @param text   the words, as the user typed them
     * @param prefix whether the last word matches as a prefix
     */
    public record Term(String text, boolean prefix) {
    }

    public SearchQuery {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Parses {@code input}; never fails. */
    public static SearchQuery parse(String input) {
        List<Term> include = new ArrayList<>();
        List<Term> exclude = new ArrayList<>();
        Matcher token = TOKEN.matcher(input == null ? "" : input);
        while (token.find()) {
            boolean negated = !token.group(1).isEmpty();
            String text;
            boolean prefix;
            if (token.group(2) != null) {
                text = token.group(2);
                prefix = !token.group(3).isEmpty();
            } else {
                String word = token.group(4);
                text = word.replaceAll("\\*+$", "");
                prefix = text.length() < word.length();
            }
            if (WORD_CHARACTER.matcher(text).find()) {
                (negated ? exclude : include).add(new Term(text, prefix));
            }
        }
        return new SearchQuery(include, exclude);
    }

    /** Whether the query can match anything: it needs at least one included term. */
    public boolean isEmpty() {
        return include.isEmpty();
    }
}
