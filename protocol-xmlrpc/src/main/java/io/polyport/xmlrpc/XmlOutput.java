package io.polyport.xmlrpc;

import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer for writing XML. {@link #text} escapes {@code &}, {@code <} and {@code >} (as
 * Python's {@code xmlrpc.client} does) and replaces characters XML cannot carry with U+FFFD, as Trac does:
 * C0 controls other than tab, LF and CR, U+007F-U+0084, U+0086-U+009F, U+FDD0-U+FDDF, the last two code points
 * of every plane (U+xFFFE, U+xFFFF) and unpaired surrogates.
 */
final class XmlOutput {
    private static final int CHUNK = 1024;
    private static final int MAX_BYTES_PER_CHAR = 5;

    private byte[] bytes;
    private int size;

    XmlOutput(int capacity) {
        bytes = new byte[capacity];
    }

    /** Forgets what was written. */
    void reset() {
        size = 0;
    }

    /** How many bytes the buffer can hold without growing. */
    int capacity() {
        return bytes.length;
    }

    /** A copy of what was written. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Appends markup or other text known to be ASCII, as is. */
    XmlOutput ascii(String markup) {
        int length = markup.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) markup.charAt(i);
        }
        return this;
    }

    /** Appends bytes as they are. */
    XmlOutput raw(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
        return this;
    }

    /** Appends a decimal number. */
    XmlOutput number(long value) {
        return ascii(Long.toString(value));
    }

    /** Appends character data, escaped, with characters illegal in XML replaced by U+FFFD. */
    XmlOutput text(String text) {
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = Math.min(length, start + CHUNK);
            ensure((end - start + 1) * MAX_BYTES_PER_CHAR);
            start = writeChunk(text, start, end);
        }
        return this;
    }

    /** Writes {@code text[start, end)} (one char more if it ends inside a surrogate pair); returns the end. */
    private int writeChunk(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i++);
            if (c < 0x80) {
                writeAscii(c);
            } else if (c < 0x800) {
                if (c <= 0x84 || (c >= 0x86 && c <= 0x9F)) {
                    replacement();
                } else {
                    bytes[size++] = (byte) (0xC0 | (c >> 6));
                    bytes[size++] = (byte) (0x80 | (c & 0x3F));
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i < text.length() && Character.isLowSurrogate(text.charAt(i))) {
                    writeSupplementary(Character.toCodePoint(c, text.charAt(i++)));
                } else {
                    replacement();
                }
            } else if ((c >= 0xFDD0 && c <= 0xFDDF) || c >= 0xFFFE) {
                replacement();
            } else {
                writeThreeBytes(c);
            }
        }
        return i;
    }

    private void writeAscii(char c) {
        switch (c) {
            case '&' -> ascii("&amp;");
            case '<' -> ascii("&lt;");
            case '>' -> ascii("&gt;");
            case '\t', '\n', '\r' -> bytes[size++] = (byte) c;
            default -> {
                if (c < 0x20 || c == 0x7F) {
                    replacement();
                } else {
                    bytes[size++] = (byte) c;
                }
            }
        }
    }

    private void writeSupplementary(int codePoint) {
        if ((codePoint & 0xFFFE) == 0xFFFE) {
            replacement();
            return;
        }
        bytes[size++] = (byte) (0xF0 | (codePoint >> 18));
        bytes[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
    }

    private void replacement() {
        writeThreeBytes('\uFFFD');
    }

    private void writeThreeBytes(int c) {
        bytes[size++] = (byte) (0xE0 | (c >> 12));
        bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
