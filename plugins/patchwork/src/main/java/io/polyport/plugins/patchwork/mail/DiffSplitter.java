package io.polyport.plugins.patchwork.mail;

import java.util.regex.Matcher;

/**
 * Splits a plain-text mail body into its diff and the comment around it, with the state machine of Patchwork's
 * {@code parse_patch}: {@code diff}/{@code Index:} headers, {@code ---}/{@code +++} file lines, extended git
 * headers and hunks whose line counts say where they end.
 */
final class DiffSplitter {
    private static final String[] EXTENDED_HEADER_LINES = {
        "old mode ", "new mode ", "deleted file mode ", "new file mode ", "copy from ", "copy to ",
        "rename from ", "rename to ", "similarity index ", "dissimilarity index ", "index "};
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    /** The diff and the comment; either may be null. */
    record Split(String diff, String comment) {
    }

    private enum State { TEXT, SUSPECTED_HEADER, FROM_FILE, TO_FILE, HUNK, META_HEADER }

    private DiffSplitter() {
    }

    static Split split(String content) {
        StringBuilder patch = new StringBuilder();
        StringBuilder comment = new StringBuilder();
        StringBuilder buf = new StringBuilder();
        State state = State.TEXT;
        int[] lineCounts = {0, 0};
        int hunks = 0;
        for (String raw : content.split("\n", -1)) {
            String line = raw + "\n";
            switch (state) {
                case TEXT -> {
                    if (line.startsWith("diff ") || line.startsWith("Index: ")) {
                        state = State.SUSPECTED_HEADER;
                        buf.append(line);
                    } else if (line.startsWith("--- ")) {
                        state = State.FROM_FILE;
                        buf.append(line);
                    } else {
                        comment.append(line);
                    }
                }
                case SUSPECTED_HEADER -> {
                    buf.append(line);
                    if (line.startsWith("--- ")) {
                        state = State.FROM_FILE;
                    }
                    if (isExtendedHeader(line)) {
                        state = State.META_HEADER;
                    }
                }
                case FROM_FILE -> {
                    if (line.startsWith("+++ ")) {
                        state = State.TO_FILE;
                        buf.append(line);
                    } else if (hunks > 0) {
                        state = State.SUSPECTED_HEADER;
                        buf.append(line);
                    } else {
                        state = State.TEXT;
                        comment.append(buf).append(line);
                        buf.setLength(0);
                    }
                }
                case TO_FILE -> {
                    Matcher hunk = DiffHasher.HUNK.matcher(line);
                    if (hunk.find()) {
                        lineCounts = new int[] {count(hunk.group(1)), count(hunk.group(2))};
                        state = State.HUNK;
                        patch.append(buf).append(line);
                        buf.setLength(0);
                    } else if (line.startsWith("--- ")) {
                        patch.append(buf).append(line);
                        buf.setLength(0);
                        state = State.FROM_FILE;
                    } else if (hunks > 0 && line.startsWith(NO_NEWLINE)) {
                        patch.append(line);
                    } else if (hunks > 0) {
                        state = State.SUSPECTED_HEADER;
                        buf.append(line);
                    } else {
                        state = State.TEXT;
                        comment.append(buf).append(line);
                        buf.setLength(0);
                    }
                }
                case HUNK -> {
                    if (line.startsWith("-")) {
                        lineCounts[0]--;
                    } else if (line.startsWith("+")) {
                        lineCounts[1]--;
                    } else if (!line.startsWith(NO_NEWLINE)) {
                        lineCounts[0]--;
                        lineCounts[1]--;
                    }
                    patch.append(line);
                    if (lineCounts[0] <= 0 && lineCounts[1] <= 0) {
                        state = State.TO_FILE;
                        hunks++;
                    }
                }
                case META_HEADER -> {
                    if (isExtendedHeader(line)) {
                        patch.append(buf).append(line);
                        buf.setLength(0);
                    } else if (line.startsWith("--- ")) {
                        patch.append(buf).append(line);
                        buf.setLength(0);
                        state = State.FROM_FILE;
                    } else {
                        buf.append(line);
                        state = State.SUSPECTED_HEADER;
                    }
                }
                default -> throw new IllegalStateException("unknown state " + state);
            }
        }
        comment.append(buf);
        return new Split(patch.isEmpty() ? null : patch.toString(), comment.isEmpty() ? null : comment.toString());
    }

    private static boolean isExtendedHeader(String line) {
        for (String prefix : EXTENDED_HEADER_LINES) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String group) {
        return group == null || group.isEmpty() ? 1 : Integer.parseInt(group);
    }
}
