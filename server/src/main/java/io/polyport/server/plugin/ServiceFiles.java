package io.polyport.server.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code META-INF/services} file as {@link java.util.ServiceLoader} does: one class name a line. */
final class ServiceFiles {
    private ServiceFiles() {
    }

    /** Where the providers of {@code service} are listed. */
    static String path(Class<?> service) {
        return "META-INF/services/" + service.getName();
    }

    /** The class names in the file, comments ({@code #}) and blank lines skipped. */
    static List<String> classNames(InputStream in) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
