package io.polyport.plugins.patchwork.mail;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a name and an address out of a decoded {@code From:} value with Patchwork's {@code split_from_header}
 * rules, which accept the forms mailing lists really carry ({@code Name <a@b>}, {@code a at b (Name)},
 * {@code a@b (Name)}, a bare address).
 */
public final class Senders {
    /** A sender; {@code name} may be null. */
    public record Sender(String name, String email) {
    }

    private record Form(Pattern pattern, Function<Matcher, Sender> read) {
    }

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("\"?(.*?)\"?\\s*<([^>]+)>"), m -> new Sender(m.group(1), m.group(2))),
            new Form(Pattern.compile("(.*?)\\sat\\s(.*?)\\s*\\(([^\\)]+)\\)"),
                    m -> new Sender(m.group(3), m.group(1) + "@" + m.group(2))),
            new Form(Pattern.compile("\"?(.*?)\"?\\s*\\(([^\\)]+)\\)"), m -> new Sender(m.group(2), m.group(1))),
            new Form(Pattern.compile("(.*)"), m -> new Sender(null, m.group(1))));

    private Senders() {
    }

    /** The sender named by a decoded {@code From:} value. */
    public static Sender split(String from) {
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(from);
            if (m.lookingAt()) {
                return form.read().apply(m);
            }
        }
        return new Sender(null, from);
    }
}
