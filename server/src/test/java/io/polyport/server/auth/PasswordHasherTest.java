package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.error.RpcException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithSaltedArgon2idAndVerifies() {
        String first = hasher.hash("correct horse");
        String second = hasher.hash("correct horse");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(second).isNotEqualTo(first);
        assertThat(hasher.verify("correct horse", first)).isTrue();
        assertThat(hasher.verify("correct horse", second)).isTrue();
        assertThat(hasher.verify("correct horsE", first)).isFalse();
        assertThat(hasher.verify("", first)).isFalse();
    }

    @Test
    void unreadableStoredHashNeverMatches() {
        assertThat(hasher.verify("x", "not a hash")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=19456,t=2,p=1$broken")).isFalse();
    }

    @Test
    void oneHashTakesMillisecondsNotSeconds() {
        hasher.hash("warm up");
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            hasher.hash("measure " + i);
        }
        long millisEach = (System.nanoTime() - start) / 5 / 1_000_000;
        assertThat(millisEach).isBetween(2L, 500L);
    }

    @Test
    void concurrentHashesStayCorrect() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String password = "password " + i;
                results.add(threads.submit(() -> {
                    String hash = hasher.hash(password);
                    return hasher.verify(password, hash) && !hasher.verify(password + "!", hash);
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void refusesPasswordsThatCannotBeStored() {
        assertThatThrownBy(() -> PasswordHasher.requireValidPassword("")).isInstanceOf(RpcException.class)
                .hasMessage("the password must not be empty");
        assertThatThrownBy(() -> PasswordHasher.requireValidPassword("a\nb")).hasMessageContaining("line breaks");
        assertThatThrownBy(() -> PasswordHasher.requireValidPassword("x".repeat(1025))).hasMessageContaining("at most 1024");
        assertThat(PasswordHasher.requireValidPassword("pass word ü")).isEqualTo("pass word ü");
    }
}
