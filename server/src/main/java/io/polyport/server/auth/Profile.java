package io.polyport.server.auth;

import io.polyport.core.error.RpcException;
import java.util.regex.Pattern;

/**
 * A user's full name and e-mail address, checked: each at most 255 characters on one line, the address empty or
 * shaped {@code local@domain}.
 */
public record Profile(String fullName, String email) {
    private static final int MAX_LENGTH = 255;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public Profile {
        fullName = checked("fullName", fullName);
        email = checked("email", email);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw RpcException.invalidField("email", "'" + email + "' is not an e-mail address");
        }
    }

    /** No full name and no e-mail address. */
    public static final Profile EMPTY = new Profile("", "");

    private static String checked(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
            throw RpcException.invalidField(field, "the " + field + " must be at most " + MAX_LENGTH
                    + " characters on one line");
        }
        return text;
    }
}
