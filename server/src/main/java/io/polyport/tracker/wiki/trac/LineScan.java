package io.polyport.tracker.wiki.trac;

import java.util.HashMap;
import java.util.Map;

/**
 * One line of wiki text with the look-ups the inline parser makes on it, each answered in amortised constant
 * time so that a line is parsed in time linear in its length whatever it contains: the next occurrence of a
 * closing delimiter (remembered, as the parser only moves forward) and where a link target starting at a
 * position ends (precomputed once per line).
 */
final class LineScan {
    final String text;
    final int length;
    private final Map<String, int[]> found = new HashMap<>();
    private int[] middleEnd;
    private int[] lastValid;

    /** Whether the line holds a {@code :} (else it has no short link) and an {@code @} (else no e-mail address). */
    final boolean hasColon;
    final boolean hasAt;

    LineScan(String text) {
        this.text = text;
        this.length = text.length();
        this.hasColon = text.indexOf(':') >= 0;
        this.hasAt = text.indexOf('@') >= 0;
    }

    char at(int i) {
        return i >= 0 && i < length ? text.charAt(i) : '\0';
    }

    boolean startsWith(String prefix, int at) {
        return text.startsWith(prefix, at);
    }

    /** The index of {@code needle} at or after {@code from}, or -1. */
    int find(String needle, int from) {
        int[] memo = found.computeIfAbsent(needle, key -> new int[] {Integer.MAX_VALUE, -1});
        if (from >= memo[0] && (memo[1] < 0 || memo[1] >= from)) {
            return memo[1];
        }
        memo[0] = from;
        memo[1] = text.indexOf(needle, from);
        return memo[1];
    }

    /** The number of {@code c} in a row from {@code i}, counted up to {@code max}. */
    int run(int i, char c, int max) {
        int end = i;
        while (end < length && end - i < max && text.charAt(end) == c) {
            end++;
        }
        return end - i;
    }

    /**
     * The end of a TracLinks target starting at {@code from} (Trac's short form: no blank, no {@code <>}, a single
     * {@code |} only inside, ending in a word character, {@code /} or {@code =}); {@code from} when there is none.
     */
    int targetEnd(int from) {
        if (middleEnd == null) {
            computeTargets();
        }
        if (from >= length || !isTargetFirst(text.charAt(from))) {
            return from;
        }
        int end = middleEnd[from];
        int last = end > from ? lastValid[end - 1] : -1;
        return last >= from ? last + 1 : from;
    }

    private void computeTargets() {
        middleEnd = new int[length + 1];
        lastValid = new int[length];
        middleEnd[length] = length;
        for (int i = length - 1; i >= 0; i--) {
            middleEnd[i] = isTargetMiddle(i) ? middleEnd[i + 1] : i;
        }
        int last = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if ((isWord(c) && c != '_') || c == '/' || c == '=') {
                last = i;
            }
            lastValid[i] = last;
        }
    }

    private boolean isTargetMiddle(int i) {
        char c = text.charAt(i);
        if (c == '|') {
            char next = at(i + 1);
            return next != '\0' && next != '|' && !Character.isWhitespace(next);
        }
        return c != '<' && c != '>' && !Character.isWhitespace(c);
    }

    private static boolean isTargetFirst(char c) {
        return (isWord(c) && c != '_') || c == '/' || c == '?' || c == '!' || c == '#' || c == '@';
    }

    static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
