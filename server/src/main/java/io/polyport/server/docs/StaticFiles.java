package io.polyport.server.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The docs page's script and style sheet, served from {@code static/docs/} on the class path. */
public final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of(
            "docs.js", "text/javascript; charset=utf-8",
            "docs.css", "text/css; charset=utf-8");

    /**
     * A file and its media type.
     *
     * @param contentType its media type
     * @param bytes       its content
     */
    public record File(String contentType, byte[] bytes) {
    }

    private StaticFiles() {
    }

    /** The file called {@code name}, or empty when there is none. */
    public static Optional<File> get(String name) {
        String type = TYPES.get(name);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream("static/docs/" + name)) {
            return Optional.of(new File(type, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
