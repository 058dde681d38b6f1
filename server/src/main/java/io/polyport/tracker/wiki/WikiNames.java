package io.polyport.tracker.wiki;

import io.polyport.core.error.RpcException;
import java.text.Normalizer;

/**
 * The rules for page and attachment names, and the {@code Page/filename} paths that name attachments. A page
 * name may contain slashes (sub-pages) but no empty, {@code .} or {@code ..} segment; a file name has no slash.
 */
public final class WikiNames {
    static final int MAX_LENGTH = 255;

    private WikiNames() {
    }

    /** The page name, NFC-normalised, or a validation failure naming it. */
    static String page(String name) {
        String normalized = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        if (!isValidPage(normalized)) {
            throw RpcException.invalid("Invalid Wiki page name '" + name + "'");
        }
        return normalized;
    }

    /** Whether {@code name} is a valid, normalised page name. */
    public static boolean isValidPage(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH || hasControlOrSpaceEdge(name)) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The attachment file name, NFC-normalised, or a validation failure naming it. */
    static String file(String filename) {
        String normalized = filename == null ? "" : Normalizer.normalize(filename, Normalizer.Form.NFC);
        if (normalized.isEmpty() || normalized.length() > MAX_LENGTH || hasControlOrSpaceEdge(normalized)
                || normalized.contains("/") || normalized.contains("\\")
                || normalized.equals(".") || normalized.equals("..")) {
            throw RpcException.invalid("Invalid attachment file name '" + filename + "'");
        }
        return normalized;
    }

    /** Splits {@code Page/Sub/file.txt} at its last slash into page and file name. */
    static String[] attachmentPath(String path) {
        int slash = path == null ? -1 : path.lastIndexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            throw RpcException.invalid("Invalid attachment path '" + path + "': expected 'Page/filename'");
        }
        return new String[] {page(path.substring(0, slash)), file(path.substring(slash + 1))};
    }

    private static boolean hasControlOrSpaceEdge(String name) {
        if (Character.isWhitespace(name.charAt(0)) || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return true;
        }
        return name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD);
    }
}
