package io.polyport.server.auth;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import java.util.regex.Pattern;

/**
 * The names of users, groups and permission actions. As in Trac, an action is an upper-case name
 * ({@code TICKET_VIEW}); anything else granted to a subject is a group it joins. So user and group names must
 * not look like actions, and users may not take the pseudo-group names {@code anonymous} and
 * {@code authenticated}. Names are at most 64 characters of letters, digits and {@code _ . @ + -}, starting
 * with a letter, digit or underscore; no spaces or colons (a colon ends the name in HTTP Basic credentials).
 */
public final class Names {
    /** The pseudo-group every caller belongs to. */
    public static final String ANONYMOUS = Caller.ANONYMOUS;
    /** The pseudo-group every logged-in caller belongs to. */
    public static final String AUTHENTICATED = "authenticated";

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@+-]{0,63}");

    private Names() {
    }

    /** Whether {@code name} is a permission action rather than a group. */
    public static boolean isAction(String name) {
        return ACTION.matcher(name).matches();
    }

    /** Checks a name for a new user. */
    public static String requireUserName(String name) {
        requireSubject(name);
        if (name.equals(ANONYMOUS) || name.equals(AUTHENTICATED)) {
            throw RpcException.invalid("'" + name + "' is reserved for a built-in group");
        }
        return name;
    }

    /** Checks the subject of a grant: a user, a group or a pseudo-group. */
    public static String requireSubject(String name) {
        if (name == null || !SUBJECT.matcher(name).matches()) {
            throw RpcException.invalid("invalid name '" + printable(name) + "': use up to 64 letters, digits"
                    + " and _ . @ + -, starting with a letter, digit or _");
        }
        if (isAction(name)) {
            throw RpcException.invalid("invalid name '" + name + "': upper-case names are permission actions");
        }
        return name;
    }

    /** Checks what may be granted: an action, or a group to join. */
    public static String requireGrantable(String actionOrGroup) {
        return actionOrGroup != null && isAction(actionOrGroup) ? actionOrGroup : requireSubject(actionOrGroup);
    }

    private static String printable(String name) {
        return name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
    }
}
