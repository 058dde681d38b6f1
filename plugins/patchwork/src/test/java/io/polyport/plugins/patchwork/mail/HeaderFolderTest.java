package io.polyport.plugins.patchwork.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderFolderTest {

    @Test
    void aWordTooLongForTheFirstLineGetsALineOfItsOwnAsPythonFoldsIt() {
        String id = "<caf7263ce705d388b68e0071237bf82baeafb7a8.1706781600.git.alice@example.com>";
        assertThat(HeaderFolder.fold("Message-Id", id, 76)).isEqualTo("Message-Id: \n " + id);
    }

    @Test
    void longValuesBreakBeforeWhiteSpaceAndShortOnesStay() {
        String subject = "[PATCH 1/3] a rather long subject line that goes on and on until it no longer fits";
        String folded = HeaderFolder.fold("Subject", subject, 76);
        assertThat(folded).isEqualTo("Subject: [PATCH 1/3] a rather long subject line that goes on and on until it\n"
                + " no longer fits");
        assertThat(folded.lines()).allMatch(line -> line.length() <= 76);
        assertThat(HeaderFolder.fold("To", "demo@example.org", 76)).isEqualTo("To: demo@example.org");
    }
}
