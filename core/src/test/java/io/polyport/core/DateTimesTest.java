package io.polyport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.value.DateTimes;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimesTest {
    @ParameterizedTest
    @CsvSource({
        "20260501T12:00:00, 2026-05-01T12:00:00Z",
        "2026-05-01T12:00:00, 2026-05-01T12:00:00Z",
        "2026-05-01, 2026-05-01T00:00:00Z",
        "2026-05-01 12:00:00, 2026-05-01T12:00:00Z",
        "2026-05-01t12:00:00, 2026-05-01T12:00:00Z",
        "2026-05-01_12:00:00, 2026-05-01T12:00:00Z",
        "2026-05-01T12:00:00.7, 2026-05-01T12:00:00.700Z",
        "2026-05-01T12:00:00.737368, 2026-05-01T12:00:00.737368Z",
        "2026-05-01T12:00:00Z, 2026-05-01T12:00:00Z",
        "2026-05-01T12:00:00z, 2026-05-01T12:00:00Z",
        "2026-05-01T12:00:00-00:00, 2026-05-01T12:00:00Z",
        "2026-05-01T12:00:00+09:00, 2026-05-01T03:00:00Z",
        "2026-05-01T12:00:00+08:45, 2026-05-01T03:15:00Z",
        "20000101T00:00:00Z, 2000-01-01T00:00:00Z",
    })
    void parsesTheFormsClientsSend(String text, String expected) {
        assertThat(DateTimes.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "2026-05-01T25:00:00", ""})
    void refusesOtherText(String text) {
        assertThatThrownBy(() -> DateTimes.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid datetime string");
    }
}
