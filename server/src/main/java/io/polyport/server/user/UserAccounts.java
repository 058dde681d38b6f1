package io.polyport.server.user;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import io.polyport.server.auth.ApiToken;
import io.polyport.server.auth.Invitation;
import io.polyport.server.auth.Profile;
import io.polyport.server.auth.TokenStore;
import io.polyport.server.auth.User;
import io.polyport.server.auth.UserStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@link UserService} over the user and token stores. */
public final class UserAccounts implements UserService {
    /** How long an invitation can be redeemed. */
    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    private static final String PASSWORD = "password";
    private static final String FULL_NAME = "fullName";
    private static final String EMAIL = "email";
    private static final Set<String> CREATE_ATTRIBUTES = Set.of(PASSWORD, FULL_NAME, EMAIL);
    private static final Set<String> PROFILE_ATTRIBUTES = Set.of(FULL_NAME, EMAIL);

    private final UserStore users;
    private final TokenStore tokens;

    public UserAccounts(UserStore users, TokenStore tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    public List<User> list() {
        return users.list();
    }

    @Override
    public User get(String name) {
        return users.get(name);
    }

    @Override
    public Map<String, Object> create(String name, Map<String, Object> attributes) {
        requireKnown(attributes, CREATE_ATTRIBUTES);
        if (!attributes.containsKey(PASSWORD)) {
            throw RpcException.invalidField(PASSWORD, "a password is required; user.invite creates a user without one");
        }
        users.add(name, text(attributes, PASSWORD), profile(attributes));
        return Map.of("name", name);
    }

    @Override
    public Map<String, Object> invite(String name, Map<String, Object> attributes) {
        requireKnown(attributes, PROFILE_ATTRIBUTES);
        Invitation invitation = users.invite(name, profile(attributes), INVITATION_LIFETIME);
        Map<String, Object> invited = new LinkedHashMap<>();
        invited.put("name", name);
        invited.put("invitation", invitation.token());
        invited.put("expires", invitation.expires());
        return invited;
    }

    private static Profile profile(Map<String, Object> attributes) {
        return new Profile(text(attributes, FULL_NAME), text(attributes, EMAIL));
    }

    @Override
    public void disable(String name, Caller caller) {
        requireNotSelf(name, caller, "disable");
        users.setDisabled(name, true);
    }

    @Override
    public void enable(String name) {
        users.setDisabled(name, false);
    }

    @Override
    public void delete(String name, Caller caller) {
        requireNotSelf(name, caller, "delete");
        users.remove(name);
    }

    @Override
    public void setProfile(String name, Map<String, Object> attributes) {
        requireKnown(attributes, PROFILE_ATTRIBUTES);
        User user = users.get(name);
        users.setProfile(name, new Profile(
                attributes.containsKey(FULL_NAME) ? text(attributes, FULL_NAME) : user.fullName(),
                attributes.containsKey(EMAIL) ? text(attributes, EMAIL) : user.email()));
    }

    @Override
    public String acceptInvitation(String token, String password) {
        return users.acceptInvitation(token, password);
    }

    @Override
    public Map<String, Object> getProfile(Caller caller) {
        User user = users.get(self(caller));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", user.name());
        profile.put(FULL_NAME, user.fullName());
        profile.put(EMAIL, user.email());
        profile.put("created", user.created());
        profile.put("permissions", List.copyOf(new TreeSet<>(caller.granted())));
        return profile;
    }

    @Override
    public void changePassword(String oldPassword, String newPassword, Caller caller) {
        String name = self(caller);
        if (!users.checkPassword(name, oldPassword)) {
            throw RpcException.invalidField("oldPassword", "the current password is wrong");
        }
        users.setPassword(name, newPassword);
    }

    @Override
    public List<ApiToken> listTokens(Caller caller) {
        return tokens.list(self(caller));
    }

    @Override
    public void revokeToken(String id, Caller caller) {
        tokens.revoke(self(caller), id);
    }

    /** The logged-in caller's name; anonymous callers have no account to act on. */
    private static String self(Caller caller) {
        if (!caller.authenticated()) {
            throw new RpcException(ErrorCode.UNAUTHENTICATED, "log in to use your own account");
        }
        return caller.name();
    }

    private static void requireNotSelf(String name, Caller caller, String verb) {
        if (name.equals(caller.name())) {
            throw RpcException.invalid("you cannot " + verb + " your own account");
        }
    }

    private static void requireKnown(Map<String, Object> attributes, Set<String> known) {
        for (String key : attributes.keySet()) {
            if (!known.contains(key)) {
                throw RpcException.invalidField(key, "unknown attribute '" + key + "'; known: "
                        + new TreeSet<>(known));
            }
        }
    }

    private static String text(Map<String, Object> attributes, String key) {
        Object value = attributes.get(key);
        if (value != null && !(value instanceof String)) {
            throw RpcException.invalidField(key, "'" + key + "' must be a string");
        }
        return (String) value;
    }
}
