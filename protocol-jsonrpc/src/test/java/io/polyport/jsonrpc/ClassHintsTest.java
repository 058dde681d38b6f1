package io.polyport.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date-time class hint in both directions, after the Trac plugin's own parse and dump tests. */
class ClassHintsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // date only -> midnight UTC
        "2026-05-01                        | 2026-05-01T00:00:00Z",
        "2000-02-29                        | 2000-02-29T00:00:00Z",
        // every separator between date and time
        "2026-05-01T12:34:56               | 2026-05-01T12:34:56Z",
        "2026-05-01t12:34:56               | 2026-05-01T12:34:56Z",
        "2026-05-01 12:34:56               | 2026-05-01T12:34:56Z",
        "2026-05-01_12:34:56               | 2026-05-01T12:34:56Z",
        // fractions of 1 to 6 digits scale to microseconds, longer ones are cut
        "2026-05-01T12:34:56.7             | 2026-05-01T12:34:56.700000Z",
        "2026-05-01T12:34:56.73            | 2026-05-01T12:34:56.730000Z",
        "2026-05-01T12:34:56.737           | 2026-05-01T12:34:56.737000Z",
        "2026-05-01T12:34:56.7373          | 2026-05-01T12:34:56.737300Z",
        "2026-05-01T12:34:56.73736         | 2026-05-01T12:34:56.737360Z",
        "2026-05-01T12:34:56.737368        | 2026-05-01T12:34:56.737368Z",
        "2026-05-01T12:34:56.000001        | 2026-05-01T12:34:56.000001Z",
        "2026-05-01T12:34:56.0             | 2026-05-01T12:34:56Z",
        "2026-05-01 12:34:56.7             | 2026-05-01T12:34:56.700000Z",
        "2026-05-01_12:34:56.737368        | 2026-05-01T12:34:56.737368Z",
        "2026-05-01t12:34:56.73            | 2026-05-01T12:34:56.730000Z",
        // UTC spelled every way
        "2026-05-01T12:34:56Z              | 2026-05-01T12:34:56Z",
        "2026-05-01T12:34:56z              | 2026-05-01T12:34:56Z",
        "2026-05-01T12:34:56+00:00         | 2026-05-01T12:34:56Z",
        "2026-05-01T12:34:56-00:00         | 2026-05-01T12:34:56Z",
        "2026-05-01T12:34:56.7Z            | 2026-05-01T12:34:56.700000Z",
        "2026-05-01T12:34:56.737368z       | 2026-05-01T12:34:56.737368Z",
        "2026-05-01T12:34:56.73+00:00      | 2026-05-01T12:34:56.730000Z",
        "2026-05-01 12:34:56Z              | 2026-05-01T12:34:56Z",
        "2026-05-01_12:34:56-00:00         | 2026-05-01T12:34:56Z",
        // fixed offsets are honoured
        "2026-05-01T12:34:56+09:00         | 2026-05-01T03:34:56Z",
        "2026-05-01T12:34:56+08:45         | 2026-05-01T03:49:56Z",
        "2026-05-01T12:34:56-04:00         | 2026-05-01T16:34:56Z",
        "2026-05-01T12:34:56.7+09:00       | 2026-05-01T03:34:56.700000Z",
        "2026-05-01T12:34:56.737368+08:45  | 2026-05-01T03:49:56.737368Z",
        "2026-05-01 02:00:00+09:00         | 2026-04-30T17:00:00Z",
        "2026-05-01T20:00:00-04:00         | 2026-05-02T00:00:00Z",
        "2026-05-01t12:34:56+0900          | 2026-05-01T03:34:56Z",
        // XML-RPC's compact form
        "20260501T12:34:56                 | 2026-05-01T12:34:56Z",
        // boundaries
        "1970-01-01T00:00:00               | 1970-01-01T00:00:00Z",
        "2026-12-31T23:59:59.999999        | 2026-12-31T23:59:59.999999Z",
        "9999-12-31T23:59:59               | 9999-12-31T23:59:59Z",
        "0001-01-01                        | 0001-01-01T00:00:00Z",
        "2026-05-01T12:34                  | 2026-05-01T12:34:00Z",
    })
    void parsesEveryDatetimeSpelling(String text, String expected) {
        assertThat(ClassHints.decode(List.of("datetime", text))).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-05-01T12:00:00Z              | 2026-05-01T12:00:00",
        "2026-05-01T12:00:00.5Z            | 2026-05-01T12:00:00.500000",
        "2026-05-01T12:00:00.000001Z       | 2026-05-01T12:00:00.000001",
        "2026-05-01T12:00:00.396056Z       | 2026-05-01T12:00:00.396056",
        "2026-05-01T12:00:00.000000999Z    | 2026-05-01T12:00:00",
        "2026-05-01T12:00:00.123456789Z    | 2026-05-01T12:00:00.123456",
        "1970-01-01T00:00:00Z              | 1970-01-01T00:00:00",
        "0001-01-01T00:00:00Z              | 0001-01-01T00:00:00",
    })
    void formatsAsTracDoes(String instant, String expected) {
        assertThat(ClassHints.formatDateTime(Instant.parse(instant))).isEqualTo(expected);
    }

    @Test
    void formatsAwareTimesInUtc() {
        Instant plusTwo = OffsetDateTime.of(2026, 5, 1, 20, 21, 0, 0, ZoneOffset.ofHours(2)).toInstant();
        Instant minusFour = OffsetDateTime.of(2026, 5, 1, 20, 21, 0, 0, ZoneOffset.ofHours(-4)).toInstant();

        assertThat(ClassHints.formatDateTime(plusTwo)).isEqualTo("2026-05-01T18:21:00");
        assertThat(ClassHints.formatDateTime(minusFour)).isEqualTo("2026-05-02T00:21:00");
    }

    @Test
    void decodesBinary() {
        assertThat((byte[]) ClassHints.decode(List.of("binary", "AAECaGVsbG//")))
                .containsExactly(0, 1, 2, 'h', 'e', 'l', 'l', 'o', 0xFF);
    }

    @Test
    void rejectsUnknownClasses() {
        assertThatThrownBy(() -> ClassHints.decode(List.of("set", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown __jsonclass__: set");
    }
}
