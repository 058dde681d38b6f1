package io.polyport.rest.route;

import java.util.List;
import java.util.Locale;

/**
 * The naming conventions routes are derived by: plurals of resource names and the verb/noun split of method
 * names ({@code getAttachment} is the verb {@code get} and the noun {@code Attachment}).
 */
public final class ResourceNames {
    /** Leading verbs a method name may start with; the rest of the name is the noun it is about. */
    static final List<String> VERBS = List.of("get", "list", "put", "update", "set", "delete", "remove", "create",
            "add");

    private ResourceNames() {
    }

    /** The English plural of a lower-case noun: {@code milestone} → {@code milestones}, {@code priority} →
     * {@code priorities}, {@code status} → {@code statuses}. */
    public static String plural(String noun) {
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch")
                || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /** The leading verb of a method name, or the empty string when it starts with none. */
    static String verb(String methodName) {
        for (String verb : VERBS) {
            if (methodName.equals(verb) || (methodName.startsWith(verb)
                    && Character.isUpperCase(methodName.charAt(verb.length())))) {
                return verb;
            }
        }
        return "";
    }

    /** The noun of a method name: what follows its verb, e.g. {@code Attachment}; the whole name without a verb. */
    static String noun(String methodName) {
        String verb = verb(methodName);
        String rest = methodName.substring(verb.length());
        return rest.isEmpty() ? "" : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /** The path segment for a noun: lower case, words run together ({@code ChangeLog} → {@code changelog}). */
    static String segment(String noun) {
        return noun.toLowerCase(Locale.ROOT);
    }
}
