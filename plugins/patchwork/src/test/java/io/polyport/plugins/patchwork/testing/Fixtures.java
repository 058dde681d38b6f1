package io.polyport.plugins.patchwork.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Test data from a real Patchwork 3.1.3 (test resources under {@code patchwork/}): the mails it was fed, in the
 * order it got them ({@code mails/}), and the raw HTTP exchanges of its XML-RPC API about exactly that data
 * ({@code captures/NNN-method-label.txt}, in the order they were made).
 */
public final class Fixtures {
    /** The fixture mails, in ingestion order. */
    public static final List<String> MAILS = List.of("series/0000-cover-letter.patch",
            "series/0001-hello-greet-the-world.patch", "series/0002-README-document-the-build.patch",
            "series/0003-hello-use-EXIT_SUCCESS.patch", "bob/0001-README-add-contributors-line.patch",
            "carol/0001-build-add-a-Makefile-for-foobar-support.patch", "review.mbox");

    private Fixtures() {
    }

    public static String mail(String name) {
        return resource("patchwork/mails/" + name);
    }

    public static String capture(String name) {
        return resource("patchwork/captures/" + name);
    }

    /** The names of all captures, in order. */
    public static List<String> captures() {
        return resource("patchwork/captures/INDEX").lines().filter(l -> !l.isBlank()).toList();
    }

    private static String resource(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
