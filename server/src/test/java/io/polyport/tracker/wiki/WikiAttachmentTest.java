package io.polyport.tracker.wiki;

import static io.polyport.tracker.wiki.WikiGateway.EDITOR;
import static io.polyport.tracker.wiki.WikiGateway.READER;
import static io.polyport.tracker.wiki.WikiServiceTest.assertFault;
import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.error.ErrorCode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments of pages: binary round trips, unique names, listing, deletion, limits and errors. */
class WikiAttachmentTest {
    private static final int LIMIT = 5 * 1024 * 1024;

    @TempDir
    Path dir;
    WikiGateway wiki;

    @BeforeEach
    void open() {
        wiki = WikiGateway.wiki(dir, new WikiConfig(TrackerUrls.DEFAULT_BASE_URL, LIMIT));
        wiki.call(EDITOR, "wiki.putPage", "TitleIndex", "Index", Map.of());
    }

    @AfterEach
    void close() {
        wiki.close();
    }

    @Test
    void everyByteValueRoundTrips() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertThat(wiki.call(EDITOR, "wiki.putAttachmentEx", "TitleIndex", "all.bin", "every byte", all, true))
                .isEqualTo("all.bin");
        assertThat((byte[]) wiki.call(READER, "wiki.getAttachment", "TitleIndex/all.bin")).isEqualTo(all);
    }

    @Test
    void aFourMebibyteFileRoundTripsOnASubPage() {
        wiki.call(EDITOR, "wiki.putPage", "SandBox/LargeXmlrpc", "large", Map.of());
        byte[] large = new byte[4 * 1024 * 1024];
        new Random(7).nextBytes(large);
        assertThat(wiki.call(EDITOR, "wiki.putAttachmentEx", "SandBox/LargeXmlrpc", "large.dat", "", large))
                .isEqualTo("large.dat");
        assertThat((byte[]) wiki.call(READER, "wiki.getAttachment", "SandBox/LargeXmlrpc/large.dat")).isEqualTo(large);
    }

    @Test
    void keepingAnExistingNameStoresTheNewFileUnderANumberedName() {
        wiki.call(EDITOR, "wiki.putAttachmentEx", "TitleIndex", "feed2.png", "", new byte[] {1});
        assertThat(wiki.call(EDITOR, "wiki.putAttachmentEx", "TitleIndex", "feed2.png", "", new byte[] {2}, false))
                .isEqualTo("feed2.2.png");
        assertThat(wiki.call(EDITOR, "wiki.putAttachmentEx", "TitleIndex", "feed2.png", "", new byte[] {3}, false))
                .isEqualTo("feed2.3.png");
        assertThat(wiki.call(READER, "wiki.listAttachments", "TitleIndex")).isEqualTo(
                WikiGateway.list("TitleIndex/feed2.2.png", "TitleIndex/feed2.3.png", "TitleIndex/feed2.png"));
        assertThat((byte[]) wiki.call(READER, "wiki.getAttachment", "TitleIndex/feed2.png")).containsExactly(1);

        assertThat(wiki.call(EDITOR, "wiki.putAttachment", "TitleIndex/feed2.png", new byte[] {9})).isEqualTo(true);
        assertThat((byte[]) wiki.call(READER, "wiki.getAttachment", "TitleIndex/feed2.png")).containsExactly(9);

        for (String file : new String[] {"feed2.png", "feed2.2.png", "feed2.3.png"}) {
            assertThat(wiki.call(EDITOR, "wiki.deleteAttachment", "TitleIndex/" + file)).isEqualTo(true);
        }
        assertThat(wiki.call(READER, "wiki.listAttachments", "TitleIndex")).isEqualTo(WikiGateway.list());
    }

    @Test
    void missingPagesAndAttachmentsAreNotFound() {
        assertFault(() -> wiki.call(READER, "wiki.getAttachment", "TitleIndex/nope.bin"), ErrorCode.NOT_FOUND,
                "Attachment 'wiki:TitleIndex: nope.bin' does not exist.");
        assertFault(() -> wiki.call(EDITOR, "wiki.deleteAttachment", "TitleIndex/nope.bin"), ErrorCode.NOT_FOUND,
                "Attachment 'wiki:TitleIndex: nope.bin' does not exist.");
        assertFault(() -> wiki.call(EDITOR, "wiki.putAttachment", "NoPage/a.txt", new byte[] {1}),
                ErrorCode.NOT_FOUND, "Wiki page \"NoPage\" does not exist");
        assertFault(() -> wiki.call(READER, "wiki.listAttachments", "NoPage"), ErrorCode.NOT_FOUND,
                "Wiki page \"NoPage\" does not exist");
        assertFault(() -> wiki.call(READER, "wiki.getAttachment", "nofile"), ErrorCode.VALIDATION_FAILED,
                "Invalid attachment path 'nofile'");
    }

    @Test
    void unsafeFileNamesAndOversizedFilesAreRefused() {
        for (String name : new String[] {"", "..", "a\\b", "tab\tname", " lead"}) {
            assertFault(() -> wiki.call(EDITOR, "wiki.putAttachmentEx", "TitleIndex", name, "", new byte[] {1}),
                    ErrorCode.VALIDATION_FAILED, "Invalid attachment file name");
        }
        assertFault(() -> wiki.call(EDITOR, "wiki.putAttachmentEx", "TitleIndex", "big", "", new byte[LIMIT + 1]),
                ErrorCode.LIMIT_EXCEEDED, "Maximum attachment size: " + LIMIT + " bytes");
        assertThat(wiki.call(READER, "wiki.listAttachments", "TitleIndex")).isEqualTo(WikiGateway.list());
    }

    @Test
    void attachmentChangesNeedTheirPermissions() {
        assertFault(() -> wiki.call(READER, "wiki.putAttachment", "TitleIndex/a", new byte[] {1}),
                ErrorCode.PERMISSION_DENIED, "WIKI_MODIFY privileges are required");
        wiki.call(EDITOR, "wiki.putAttachment", "TitleIndex/a", new byte[] {1});
        assertFault(() -> wiki.call(READER, "wiki.deleteAttachment", "TitleIndex/a"),
                ErrorCode.PERMISSION_DENIED, "WIKI_DELETE privileges are required");
    }
}
