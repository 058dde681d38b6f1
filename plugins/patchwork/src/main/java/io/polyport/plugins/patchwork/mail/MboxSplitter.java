package io.polyport.plugins.patchwork.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an mbox into its messages: a line starting with {@code From } at the start of the text or after an empty
 * line begins a message (and is not part of it). Text without such a line is one message, as a mail delivery
 * hook passes it.
 */
public final class MboxSplitter {
    private MboxSplitter() {
    }

    /** The messages of {@code mbox}, each as UTF-8 bytes with CRLF line ends normalised to LF. */
    public static List<byte[]> split(String mbox) {
        String text = mbox.replace("\r\n", "\n");
        List<byte[]> messages = new ArrayList<>();
        StringBuilder current = null;
        boolean previousBlank = true;
        for (String line : text.split("\n", -1)) {
            if (previousBlank && line.startsWith("From ")) {
                add(messages, current);
                current = new StringBuilder();
            } else {
                if (current == null) {
                    current = new StringBuilder();
                }
                current.append(line).append('\n');
            }
            previousBlank = line.isEmpty();
        }
        add(messages, current);
        return messages;
    }

    private static void add(List<byte[]> messages, StringBuilder message) {
        if (message != null && !message.toString().isBlank()) {
            messages.add(message.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
