package io.polyport.server.auth;

import com.password4j.BcryptFunction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.Md5Crypt;
import org.apache.commons.codec.digest.Sha2Crypt;

/**
 * The Apache htpasswd formats users bring from Trac: {@code {SHA}} (base64 SHA-1), {@code $apr1$} (APR-MD5),
 * {@code $2y$}/{@code $2b$}/{@code $2a$} (bcrypt), {@code $5$}/{@code $6$} (SHA-256/512 crypt). They are
 * checked with commons-codec and password4j, only so a user can log in once: the authenticator then replaces
 * the hash with Polyport's own.
 */
public final class LegacyPasswordHashes {
    private LegacyPasswordHashes() {
    }

    /** Whether {@code storedHash} is in one of the legacy formats. */
    public static boolean isLegacy(String storedHash) {
        return storedHash.startsWith("{SHA}") || storedHash.startsWith("$apr1$") || isBcrypt(storedHash)
                || storedHash.startsWith("$5$") || storedHash.startsWith("$6$");
    }

    /** Whether {@code password} matches the legacy {@code storedHash}; false for any other hash. */
    public static boolean verify(String password, String storedHash) {
        try {
            if (storedHash.startsWith("{SHA}")) {
                return same("{SHA}" + Base64.getEncoder().encodeToString(DigestUtils.sha1(utf8(password))),
                        storedHash);
            }
            if (storedHash.startsWith("$apr1$")) {
                return same(Md5Crypt.apr1Crypt(utf8(password), storedHash), storedHash);
            }
            if (storedHash.startsWith("$5$")) {
                return same(Sha2Crypt.sha256Crypt(utf8(password), storedHash), storedHash);
            }
            if (storedHash.startsWith("$6$")) {
                return same(Sha2Crypt.sha512Crypt(utf8(password), storedHash), storedHash);
            }
            if (isBcrypt(storedHash)) {
                return BcryptFunction.getInstanceFromHash(storedHash).check(password, storedHash);
            }
        } catch (RuntimeException malformed) {
            return false;
        }
        return false;
    }

    private static boolean isBcrypt(String storedHash) {
        return storedHash.startsWith("$2y$") || storedHash.startsWith("$2b$") || storedHash.startsWith("$2a$");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean same(String computed, String stored) {
        return MessageDigest.isEqual(utf8(computed), utf8(stored));
    }
}
