package io.polyport.plugins.patchwork;

import static io.polyport.plugins.patchwork.testing.InProcessPatchwork.ADMIN;
import static io.polyport.plugins.patchwork.testing.InProcessPatchwork.ANONYMOUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.plugins.patchwork.testing.Fixtures;
import io.polyport.plugins.patchwork.testing.InProcessPatchwork;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filing mail through {@code patchwork.parsemail}, read back through Patchwork's API. */
class MailIngestionTest {
    private InProcessPatchwork patchwork;

    @BeforeEach
    void project() {
        patchwork = InProcessPatchwork.empty();
        patchwork.call(ADMIN, "patchwork.project.create", "demo", "Demo Project", "demo.example.org",
                "demo@example.org");
    }

    @Test
    void oneMboxOfManyMailsFilesPatchesTheCoverLetterAndTheReplyByTheListIdHeader() {
        String mbox = Fixtures.MAILS.stream().map(Fixtures::mail).collect(Collectors.joining("\n"));
        assertThat(kinds(patchwork.call(ADMIN, "patchwork.parsemail", mbox)))
                .containsExactly("cover", "patch", "patch", "patch", "patch", "patch", "comment");
        assertThat(patches()).extracting(p -> p.get("name")).containsExactly("[1/3] hello: greet the world",
                "[2/3] README: document the build", "[3/3] hello: use EXIT_SUCCESS", "README: add contributors line",
                "build: add a Makefile for foobar support");
        String mbox4 = (String) patchwork.call(ANONYMOUS, "patch_get_mbox", 4);
        assertThat(mbox4).contains("Signed-off-by: Bob Builder <bob@example.com>\n"
                + "Reviewed-by: Mary Maintainer <maint@example.org>\n---\n README | 1 +\n");
    }

    @Test
    void aDuplicateMessageIdIsRefusedAndTheWholeUploadLeavesNothingBehind() {
        patchwork.call(ADMIN, "patchwork.parsemail", Fixtures.mail("bob/0001-README-add-contributors-line.patch"));
        String both = Fixtures.mail("carol/0001-build-add-a-Makefile-for-foobar-support.patch") + "\n"
                + Fixtures.mail("bob/0001-README-add-contributors-line.patch");
        assertThatThrownBy(() -> patchwork.call(ADMIN, "patchwork.parsemail", both))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).startsWith("message 2: ").contains("already filed");
                });
        assertThat(patches()).extracting(p -> p.get("name")).containsExactly("README: add contributors line");
    }

    @Test
    void malformedMailGetsAClearErrorAndNothingIsWritten() {
        String noMessageId = Fixtures.mail("bob/0001-README-add-contributors-line.patch")
                .replaceFirst("Message-Id: [^\n]*\n", "");
        String mbox = Fixtures.mail("carol/0001-build-add-a-Makefile-for-foobar-support.patch") + "\n" + noMessageId;
        assertThatThrownBy(() -> patchwork.call(ADMIN, "patchwork.parsemail", mbox))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("message 2: Missing 'Message-Id' header");
                });
        assertThat(patches()).isEmpty();
        assertThatThrownBy(() -> patchwork.call(ADMIN, "patchwork.parsemail", "  \n"))
                .isInstanceOf(RpcException.class).hasMessageContaining("no message");
    }

    @Test
    void aMimePatchAttachmentWithEncodedWordsAndLatin1IsDecoded() {
        String diff = "--- a/README\n+++ b/README\n@@ -1 +1,2 @@\n Demo project\n+Grüße\n";
        String mail = "From: =?iso-8859-1?q?J=F6rg_M=FCller?= <joerg@example.com>\n"
                + "Subject: [PATCH] README: greet in German\n"
                + "Message-Id: <mime-1@example.com>\n"
                + "Date: Mon, 5 Feb 2024 10:00:00 +0100\n"
                + "List-Id: Demo <demo.example.org>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Gr=FC=DFe an alle.\n\n"
                + "--b\nContent-Type: text/x-patch; charset=utf-8; name=\"p.diff\"\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(diff.getBytes(StandardCharsets.UTF_8)) + "\n--b--\n";
        patchwork.call(ADMIN, "patchwork.parsemail", mail);
        Map<String, Object> patch = patches().get(0);
        assertThat(text(patch.get("submitter"))).isEqualTo("Jörg Müller <joerg@example.com>");
        assertThat(text(patch.get("date"))).isEqualTo("2024-02-05 09:00:00");
        assertThat(patchwork.call(ANONYMOUS, "patch_get_diff", ((Number) patch.get("id")).intValue())).isEqualTo(diff);
        assertThat((String) patchwork.call(ANONYMOUS, "patch_get_mbox", 1))
                .contains("X-Patchwork-Submitter: =?UTF-8?B?", "Content-Transfer-Encoding: 8bit", "Grüße an alle.");
    }

    @Test
    void mailForOtherListsRepliesToUnknownMailAndIgnoreHintsAreNotFiled() {
        String bob = Fixtures.mail("bob/0001-README-add-contributors-line.patch");
        assertThat(kinds(patchwork.call(ADMIN, "patchwork.parsemail",
                bob.replace("<demo.example.org>", "<elsewhere.example.org>") + "\n"
                        + Fixtures.mail("review.mbox") + "\n"
                        + bob.replace("Subject:", "X-Patchwork-Hint: ignore\nSubject:"))))
                .containsExactly("ignored", "ignored", "ignored");
        assertThat(patches()).isEmpty();
    }

    @Test
    void aPullRequestIsFiledAsAPatchWithoutDiff() {
        String mail = "From: Dev <dev@example.com>\nSubject: [GIT PULL] fixes\nMessage-Id: <pull-1@example.com>\n"
                + "List-Id: <demo.example.org>\n\n"
                + "The following changes since commit 1234:\n\n  x\n\n"
                + "are available in the git repository at:\n\n  git://git.example.org/demo.git fixes\n\nthanks\n";
        List<?> filings = (List<?>) patchwork.call(ADMIN, "patchwork.parsemail", mail);
        assertThat(((Map<?, ?>) filings.get(0)).get("kind")).isEqualTo("patch");
        assertThat(patches().get(0).get("hash")).isEqualTo("");
        assertThat(patchwork.call(ANONYMOUS, "patch_get_diff", 1)).isEqualTo("");
    }

    private static List<Object> kinds(Object filings) {
        return ((List<?>) filings).stream().map(f -> ((Map<?, ?>) f).get("kind")).map(Object.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> patches() {
        return (List<Map<String, Object>>) patchwork.call(ANONYMOUS, "patch_list");
    }

    private static String text(Object base64Field) {
        return new String((byte[]) base64Field, StandardCharsets.UTF_8);
    }
}
