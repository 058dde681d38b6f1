package io.polyport.server.auth;

import com.google.common.base.Suppliers;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.polyport.core.error.RpcException;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}).
 * New hashes use OWASP's recommended minimum (19 MiB, 2 passes, 1 lane; about 20-30 ms on one core); a stored
 * hash is checked with the parameters it was made with, so they can be raised later. Each hash needs its
 * memory block, so at most one hash per processor runs at a time: more would not be faster and a burst of
 * logins could otherwise exhaust the heap.
 */
@Singleton
public final class PasswordHasher {
    private static final int MEMORY_KIB = 19_456;
    private static final int PASSES = 2;
    private static final int LANES = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int MAX_PASSWORD_LENGTH = 1024;

    private final Argon2Function argon2 = Argon2Function.getInstance(MEMORY_KIB, PASSES, LANES, HASH_BYTES, Argon2.ID);
    /** Shared by every instance: the limit is the machine's, however many stores hash passwords. */
    private static final Semaphore RUNNING = new Semaphore(Runtime.getRuntime().availableProcessors(), true);
    private final Supplier<String> dummyHash = Suppliers.memoize(() -> hash(randomText()));

    /** Checks that {@code password} may be stored: not empty, no line breaks, at most 1024 characters. */
    public static String requireValidPassword(String password) {
        if (password == null || password.isEmpty()) {
            throw RpcException.invalid("the password must not be empty");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw RpcException.invalid("the password must be at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        if (password.indexOf('\n') >= 0 || password.indexOf('\r') >= 0) {
            throw RpcException.invalid("the password must not contain line breaks");
        }
        return password;
    }

    /** A new salted hash of {@code password}. */
    public String hash(String password) {
        return limited(() -> Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult());
    }

    /**
     * Whether {@code password} matches {@code storedHash} (Argon2id, or a legacy htpasswd format brought by an
     * import, see {@link LegacyPasswordHashes}); false for a hash this class cannot read, such as the empty hash
     * of an imported user without a password.
     */
    public boolean verify(String password, String storedHash) {
        if (LegacyPasswordHashes.isLegacy(storedHash)) {
            return limited(() -> LegacyPasswordHashes.verify(password, storedHash));
        }
        Argon2Function function;
        try {
            function = Argon2Function.getInstanceFromHash(storedHash);
        } catch (RuntimeException unreadable) {
            return false;
        }
        return limited(() -> function.check(password, storedHash));
    }

    /** Whether {@code storedHash} should be replaced by a new hash once the password is known. */
    public boolean needsRehash(String storedHash) {
        return LegacyPasswordHashes.isLegacy(storedHash);
    }

    /** Spends the time of a failed {@link #verify}, so an unknown user name does not answer faster. */
    public void verifyDummy(String password) {
        verify(password, dummyHash.get());
    }

    private static String randomText() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    private <T> T limited(Supplier<T> work) {
        RUNNING.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            RUNNING.release();
        }
    }
}
