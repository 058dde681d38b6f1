package io.polyport.plugins.patchwork.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectTest {

    @Test
    void dropsPatchAndTheProjectKeepsOtherPrefixesAndReadsMarkerAndVersion() {
        Subject subject = Subject.parse("[PATCH demo v2 2/5] hello: be nice", List.of("demo"));
        assertThat(subject.name()).isEqualTo("[v2,2/5] hello: be nice");
        assertThat(subject.prefixes()).containsExactly("v2", "2/5");
        assertThat(subject.marker()).contains(new Subject.Marker(2, 5));
        assertThat(subject.version()).isEqualTo(2);
    }

    @Test
    void readsMercurialMarkersRepliesAndSeveralBrackets() {
        assertThat(Subject.parse("[PATCH 3 of 4] x", List.of()).marker()).contains(new Subject.Marker(3, 4));
        assertThat(Subject.parse("Re: [RFC,PATCH]  [foo]   a   b", List.of()).name()).isEqualTo("[RFC,foo] a b");
        assertThat(Subject.isReply("RE: [PATCH] x")).isTrue();
        assertThat(Subject.isReply("[PATCH] Re: x")).isFalse();
        assertThat(Subject.parse("[PATCH] fix (v3)", List.of()).version()).isEqualTo(3);
        assertThat(Subject.parse("[PATCH] fix", List.of()).marker()).isEmpty();
    }
}
