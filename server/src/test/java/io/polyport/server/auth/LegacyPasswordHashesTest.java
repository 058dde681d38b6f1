package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Bcrypt;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.Md5Crypt;
import org.apache.commons.codec.digest.Sha2Crypt;
import org.junit.jupiter.api.Test;

/** The htpasswd formats an import brings, checked by the libraries: right password only, malformed never. */
class LegacyPasswordHashesTest {
    /** A fresh copy each time: commons-codec's crypt functions wipe the password array they are given. */
    private static byte[] secret() {
        return "s3cret".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachFormatAcceptsItsPasswordOnly() {
        List<String> hashes = List.of(
                "{SHA}" + Base64.getEncoder().encodeToString(DigestUtils.sha1(secret())),
                Md5Crypt.apr1Crypt(secret()),
                Sha2Crypt.sha256Crypt(secret()),
                Sha2Crypt.sha512Crypt(secret()),
                Password.hash("s3cret").with(BcryptFunction.getInstance(Bcrypt.Y, 4)).getResult(),
                Password.hash("s3cret").with(BcryptFunction.getInstance(Bcrypt.B, 4)).getResult());
        for (String hash : hashes) {
            assertThat(LegacyPasswordHashes.isLegacy(hash)).as(hash).isTrue();
            assertThat(LegacyPasswordHashes.verify("s3cret", hash)).as(hash).isTrue();
            assertThat(LegacyPasswordHashes.verify("S3cret", hash)).as(hash).isFalse();
            assertThat(LegacyPasswordHashes.verify("", hash)).as(hash).isFalse();
        }
    }

    @Test
    void malformedOrUnknownHashesNeverMatch() {
        for (String hash : List.of("{SHA}", "{SHA}not base64", "$apr1$", "$5$", "$6$x", "$2y$99$short", "",
                "s3cret", "$1$abc$def")) {
            assertThat(LegacyPasswordHashes.verify("s3cret", hash)).as(hash).isFalse();
        }
        assertThat(new PasswordHasher().verify("s3cret", "")).as("an imported user without a password").isFalse();
    }
}
