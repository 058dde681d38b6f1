package io.polyport.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestSettingsTest {
    @Test
    void defaultsRequireIfMatchAndAllowNoOrigin() {
        RestSettings defaults = RestSettings.of(null, null);
        assertThat(defaults.requireIfMatch()).isTrue();
        assertThat(defaults.allowsOrigin("https://a.example")).isFalse();
    }

    @Test
    void parsesOriginListsAndTheSwitch() {
        RestSettings settings = RestSettings.of(" https://a.example , https://b.example,", "false");
        assertThat(settings.allowedOrigins()).containsExactlyInAnyOrder("https://a.example", "https://b.example");
        assertThat(settings.requireIfMatch()).isFalse();
        assertThat(RestSettings.of("*", null).allowsOrigin("https://any.example")).isTrue();
    }

    @Test
    void systemPropertiesWin() {
        System.setProperty(RestSettings.ORIGINS_PROPERTY, "https://p.example");
        try {
            assertThat(RestSettings.fromEnvironment().allowsOrigin("https://p.example")).isTrue();
        } finally {
            System.clearProperty(RestSettings.ORIGINS_PROPERTY);
        }
    }
}
