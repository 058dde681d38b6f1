package io.polyport.plugins.patchwork.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hash Patchwork gives a patch (its {@code hasher.hash_diff}): SHA-1 over the diff's file names without their
 * top directory, its hunk headers without line numbers and its {@code +}/{@code -}/context lines. Equal changes
 * sent twice, or rebased to other lines, hash the same; {@code git patch-id}-like tools find patches by it.
 */
public final class DiffHasher {
    static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@");
    static final Pattern FILENAME = Pattern.compile("^(---|\\+\\+\\+) (\\S+)");

    private DiffHasher() {
    }

    /** The 40 hex digit hash of {@code diff}. */
    public static String hash(String diff) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
        String normalised = diff.replace("\r", "").strip() + "\n";
        for (String line : normalised.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher file = FILENAME.matcher(line);
            Matcher hunk = HUNK.matcher(line);
            String hashed;
            if (file.find()) {
                String path = file.group(2);
                int slash = path.indexOf('/');
                hashed = file.group(1) + " " + (file.group(1).equals("---") ? "a/" : "b/")
                        + (slash < 0 ? "" : path.substring(slash + 1));
            } else if (hunk.find()) {
                hashed = "@@ -" + count(hunk.group(1)) + " +" + count(hunk.group(2)) + " @@";
            } else if ("-+ ".indexOf(line.charAt(0)) >= 0) {
                hashed = line;
            } else {
                continue;
            }
            sha1.update((hashed + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha1.digest());
    }

    private static int count(String group) {
        return group == null || group.isEmpty() ? 1 : Integer.parseInt(group);
    }
}
