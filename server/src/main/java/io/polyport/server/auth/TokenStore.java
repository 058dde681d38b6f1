package io.polyport.server.auth;

import static io.polyport.server.db.Tables.API_TOKENS;
import static io.polyport.server.db.Tables.USERS;

import io.polyport.core.error.RpcException;
import io.polyport.server.storage.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * API tokens for {@code Authorization: Bearer}. A token reads {@code pp_<id>_<secret>}: the 12 hex digit id
 * names it in listings and for revocation, the secret is 32 random bytes. Only the SHA-256 of the whole token
 * is stored, so a leaked database does not leak usable tokens.
 */
@Singleton
public final class TokenStore {
    private static final String PREFIX = "pp_";
    private static final int ID_BYTES = 6;
    private static final int SECRET_BYTES = 32;
    private static final int MAX_LABEL_LENGTH = 255;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{12}");

    private final Database database;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public TokenStore(Database database) {
        this.database = database;
    }

    /** Creates a token for {@code user}; the returned secret is the only copy. */
    public IssuedToken create(String user, String label) {
        return create(user, label, null);
    }

    /**
     * Creates a token for {@code user} that stops working after {@code lifetime}, e.g. a protocol's login session,
     * and removes the tokens of anyone that have expired.
     */
    public IssuedToken createExpiring(String user, String label, Duration lifetime) {
        long now = EpochMicros.now();
        database.dsl().deleteFrom(API_TOKENS).where(API_TOKENS.EXPIRES.lt(now)).execute();
        return create(user, label, now + lifetime.toNanos() / 1000);
    }

    private IssuedToken create(String user, String label, Long expires) {
        String checkedLabel = label == null ? "" : label;
        if (checkedLabel.length() > MAX_LABEL_LENGTH || checkedLabel.chars().anyMatch(Character::isISOControl)) {
            throw RpcException.invalid("the label must be at most " + MAX_LABEL_LENGTH + " characters on one line");
        }
        String id = HexFormat.of().formatHex(randomBytes(ID_BYTES));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(SECRET_BYTES));
        String token = PREFIX + id + "_" + secret;
        long created = EpochMicros.now();
        database.transaction(dsl -> {
            requireUser(dsl, user);
            return dsl.insertInto(API_TOKENS)
                    .set(API_TOKENS.TOKEN_HASH, Sha256.hex(token))
                    .set(API_TOKENS.ID, id)
                    .set(API_TOKENS.USERNAME, user)
                    .set(API_TOKENS.LABEL, checkedLabel)
                    .set(API_TOKENS.CREATED, created)
                    .set(API_TOKENS.EXPIRES, expires)
                    .execute();
        });
        return new IssuedToken(token, new ApiToken(id, user, checkedLabel, EpochMicros.toInstant(created)));
    }

    /** The tokens of {@code user}, oldest first. */
    public List<ApiToken> list(String user) {
        return database.transaction(dsl -> {
            requireUser(dsl, user);
            return dsl.select(API_TOKENS.ID, API_TOKENS.USERNAME, API_TOKENS.LABEL, API_TOKENS.CREATED)
                    .from(API_TOKENS)
                    .where(API_TOKENS.USERNAME.eq(user))
                    .orderBy(API_TOKENS.CREATED, API_TOKENS.ID)
                    .fetch(row -> new ApiToken(row.value1(), row.value2(), row.value3(),
                            EpochMicros.toInstant(row.value4())));
        });
    }

    /** Revokes the token named by its id or given whole. */
    public void revoke(String idOrToken) {
        boolean byId = ID.matcher(idOrToken).matches();
        int deleted = database.dsl().deleteFrom(API_TOKENS)
                .where(byId ? API_TOKENS.ID.eq(idOrToken) : API_TOKENS.TOKEN_HASH.eq(Sha256.hex(idOrToken)))
                .execute();
        if (deleted == 0) {
            throw RpcException.notFound(byId ? "no token with id '" + idOrToken + "'" : "no such token");
        }
    }

    /** The user owning {@code token}, or empty when no such token exists, it has expired or the user is disabled. */
    Optional<String> owner(String token) {
        return database.dsl().select(API_TOKENS.USERNAME).from(API_TOKENS)
                .join(USERS).on(USERS.NAME.eq(API_TOKENS.USERNAME))
                .where(API_TOKENS.TOKEN_HASH.eq(Sha256.hex(token)), USERS.DISABLED.isFalse())
                .and(API_TOKENS.EXPIRES.isNull().or(API_TOKENS.EXPIRES.gt(EpochMicros.now())))
                .fetchOptional(API_TOKENS.USERNAME);
    }

    /** Revokes the token with id {@code id} if {@code user} owns it; another user's token counts as unknown. */
    public void revoke(String user, String id) {
        int deleted = database.dsl().deleteFrom(API_TOKENS)
                .where(API_TOKENS.ID.eq(id == null ? "" : id), API_TOKENS.USERNAME.eq(user))
                .execute();
        if (deleted == 0) {
            throw RpcException.notFound("you have no token with id '" + id + "'");
        }
    }

    /** Revokes {@code token} if it exists; unknown tokens are ignored. */
    public void revokeIfPresent(String token) {
        database.dsl().deleteFrom(API_TOKENS).where(API_TOKENS.TOKEN_HASH.eq(Sha256.hex(token))).execute();
    }

    private static void requireUser(DSLContext dsl, String user) {
        if (!dsl.fetchExists(USERS, USERS.NAME.eq(user))) {
            throw UserStore.noSuchUser(user);
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
