package io.polyport.tracker.wiki;

import static io.polyport.tracker.wiki.WikiGateway.ANONYMOUS;
import static io.polyport.tracker.wiki.WikiGateway.EDITOR;
import static io.polyport.tracker.wiki.WikiGateway.READER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Caller;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages and their history through the real invoker: every page method, permissions, errors. */
class WikiServiceTest {
    @TempDir
    Path dir;
    WikiGateway wiki;

    @BeforeEach
    void open() {
        wiki = WikiGateway.wiki(dir, new WikiConfig(TrackerUrls.DEFAULT_BASE_URL, null));
    }

    @AfterEach
    void close() {
        wiki.close();
    }

    @Test
    void freshDatabaseHoldsWikiStartExplainingTheEndpoints() {
        assertThat(wiki.admin("wiki.getAllPages")).isEqualTo(WikiGateway.list("WikiStart"));
        String text = (String) wiki.call(READER, "wiki.getPage", "WikiStart");
        assertThat(text).startsWith("= Welcome to Polyport =\n").contains("`/rpc`").contains("`/xmlrpc`").contains("`/jsonrpc`")
                .contains("`/login/rpc`").contains("`/login/xmlrpc`").contains("`/login/jsonrpc`");
        assertThat(info("WikiStart", null)).as("rewritten in Trac syntax by a later migration")
                .containsEntry("version", 2).containsEntry("author", "polyport");
        assertThat((String) wiki.call(READER, "wiki.getPageHTML", "WikiStart"))
                .contains("<h1 id=\"WelcometoPolyport\">Welcome to Polyport</h1>", "<div class=\"wiki-toc\">",
                        "<a href=\"#RPCendpoints\">RPC endpoints</a>", "<th> Path </th>",
                        "<pre class=\"wiki language-python\">import xmlrpc.client");
    }

    @Test
    void everySaveIsANewVersionWithAuthorTimeAndComment() {
        Instant before = Instant.now().minusSeconds(1);
        assertThat(wiki.call(EDITOR, "wiki.putPage", "SandBox", "first", Map.of("comment", "one"))).isEqualTo(true);
        assertThat(wiki.call(EDITOR, "wiki.putPage", "SandBox", "second", Map.of())).isEqualTo(true);

        assertThat(wiki.call(READER, "wiki.getPage", "SandBox")).isEqualTo("second");
        assertThat(wiki.call(READER, "wiki.getPage", "SandBox", 1)).isEqualTo("first");
        assertThat(wiki.call(READER, "wiki.getPageVersion", "SandBox", 2)).isEqualTo("second");
        assertThat(wiki.call(READER, "wiki.getPage", "SandBox", 0)).as("0 means latest").isEqualTo("second");

        Map<String, Object> first = info("SandBox", 1);
        assertThat(first.keySet()).containsExactly("name", "lastModified", "author", "version", "comment");
        assertThat(first).containsEntry("name", "SandBox").containsEntry("author", "editor")
                .containsEntry("version", 1).containsEntry("comment", "one");
        assertThat((Instant) first.get("lastModified")).isAfter(before).isBeforeOrEqualTo(Instant.now());
        assertThat(info("SandBox", null)).containsEntry("version", 2).containsEntry("comment", null);
        assertThat(wiki.call(READER, "wiki.getPageInfoVersion", "SandBox", 2)).isEqualTo(info("SandBox", null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pageVersionsListsTheInfoOfEveryVersionNewestFirst() {
        wiki.call(EDITOR, "wiki.putPage", "History", "one", Map.of("comment", "first"));
        wiki.call(EDITOR, "wiki.putPage", "History", "two", Map.of());
        wiki.call(EDITOR, "wiki.putPage", "History", "three", Map.of("comment", "third"));
        wiki.call(EDITOR, "wiki.deletePage", "History", 2);

        List<Map<String, Object>> versions = (List<Map<String, Object>>) wiki.call(READER, "wiki.getPageVersions",
                "History");
        assertThat(versions).extracting(v -> v.get("version")).containsExactly(3, 1);
        assertThat(versions).element(0).isEqualTo(info("History", 3));
        assertThat(versions).element(1).isEqualTo(info("History", 1));
        assertThat(versions.get(1).keySet()).containsExactly("name", "lastModified", "author", "version", "comment");
        assertThat(versions.get(1)).containsEntry("comment", "first").containsEntry("author", "editor");

        assertFault(() -> wiki.call(READER, "wiki.getPageVersions", "NoSuchPage"), ErrorCode.NOT_FOUND,
                "Wiki page \"NoSuchPage\" does not exist");
        assertFault(() -> wiki.call(READER, "wiki.getPageVersions", "../x"), ErrorCode.VALIDATION_FAILED,
                "Invalid Wiki page name '../x'");
        RpcException denied = catchThrowableOfType(() -> wiki.call(new Caller("nobody", true, Set.of("XML_RPC")),
                "wiki.getPageVersions", "History"), RpcException.class);
        assertThat(denied.code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
    }

    @Test
    void missingPagesAndVersionsAreNotFoundButInfoIsZero() {
        assertFault(() -> wiki.call(READER, "wiki.getPage", "NoSuchPage"), ErrorCode.NOT_FOUND,
                "Wiki page \"NoSuchPage\" does not exist");
        wiki.call(EDITOR, "wiki.putPage", "Test", "text", Map.of());
        assertFault(() -> wiki.call(READER, "wiki.getPage", "Test", 10), ErrorCode.NOT_FOUND,
                "Wiki page \"Test\" does not exist at version 10");
        assertFault(() -> wiki.call(READER, "wiki.getPageHTML", "Nope"), ErrorCode.NOT_FOUND,
                "Wiki page \"Nope\" does not exist");
        assertThat(wiki.call(READER, "wiki.getPageInfo", "NoSuchPage")).isEqualTo(0);
        assertThat(wiki.call(READER, "wiki.getPageInfo", "Test", 7)).isEqualTo(0);
    }

    @Test
    void savingIdenticalTextIsRefusedAndLineEndingsAreNormalised() {
        wiki.call(EDITOR, "wiki.putPage", "SandBox", "a\r\nb\n", Map.of());
        assertThat(wiki.call(READER, "wiki.getPage", "SandBox")).isEqualTo("a\nb\n");
        assertFault(() -> wiki.call(EDITOR, "wiki.putPage", "SandBox", "a\nb\n", Map.of()),
                ErrorCode.VALIDATION_FAILED, "Page not modified");
        assertThat(info("SandBox", null)).containsEntry("version", 1);
    }

    @Test
    void invalidPageNamesAreRefused() {
        for (String name : new String[] {"", " Lead", "Trail ", "a//b", "/Root", "End/", "a/../b", "Bad\u0001"}) {
            assertFault(() -> wiki.call(EDITOR, "wiki.putPage", name, "x", Map.of()), ErrorCode.VALIDATION_FAILED,
                    "Invalid Wiki page name '" + name + "'");
        }
        assertThat(wiki.call(EDITOR, "wiki.putPage", "Sub/Page Name", "x", Map.of())).isEqualTo(true);
    }

    @Test
    void allPagesAreSortedAndRecentChangesAreInclusiveAndNewestFirst() throws InterruptedException {
        wiki.call(EDITOR, "wiki.putPage", "Zeta", "z", Map.of());
        Thread.sleep(5);
        wiki.call(EDITOR, "wiki.putPage", "Alpha", "a", Map.of());
        Instant alphaTime = (Instant) info("Alpha", null).get("lastModified");
        Thread.sleep(5);
        wiki.call(EDITOR, "wiki.putPage", "Zeta", "z2", Map.of());

        assertThat(wiki.call(READER, "wiki.getAllPages")).isEqualTo(WikiGateway.list("Alpha", "WikiStart", "Zeta"));
        assertThat(wiki.call(READER, "wiki.getRecentChanges", alphaTime))
                .isEqualTo(WikiGateway.list(info("Zeta", null), info("Alpha", null)));
        assertThat(wiki.call(READER, "wiki.getRecentChanges", Instant.now().plusSeconds(60)))
                .isEqualTo(WikiGateway.list());
    }

    @Test
    void creatingNeedsWikiCreateAndModifyingNeedsWikiModify() {
        assertFault(() -> wiki.call(READER, "wiki.putPage", "New", "x", Map.of()), ErrorCode.PERMISSION_DENIED,
                "WIKI_CREATE privileges are required to perform this operation on New. "
                        + "You don't have the required permissions.");
        assertThat(wiki.call(ANONYMOUS, "wiki.putPage", "New", "x", Map.of())).isEqualTo(true);
        assertFault(() -> wiki.call(ANONYMOUS, "wiki.putPage", "New", "y", Map.of()), ErrorCode.PERMISSION_DENIED,
                "WIKI_MODIFY privileges are required to perform this operation on New. "
                        + "You don't have the required permissions.");
        assertThat(wiki.call(READER, "wiki.getPage", "New")).isEqualTo("x");
    }

    @Test
    void readOnlyPagesNeedWikiAdmin() {
        wiki.call(EDITOR, "wiki.putPage", "Rules", "v1", Map.of());
        assertFault(() -> wiki.call(EDITOR, "wiki.putPage", "Rules", "v2", Map.of("readonly", true)),
                ErrorCode.PERMISSION_DENIED, "WIKI_ADMIN privileges are required to perform this operation on Rules. "
                        + "You don't have the required permissions.");
        assertThat(wiki.admin("wiki.putPage", "Rules", "v2", Map.of("readonly", 1))).isEqualTo(true);

        assertFault(() -> wiki.call(EDITOR, "wiki.putPage", "Rules", "v3", Map.of()), ErrorCode.PERMISSION_DENIED,
                "WIKI_ADMIN privileges are required to perform this operation on Rules. "
                        + "You don't have the required permissions.");
        assertFault(() -> wiki.call(EDITOR, "wiki.deletePage", "Rules"), ErrorCode.PERMISSION_DENIED,
                "WIKI_ADMIN privileges are required");
        assertFault(() -> wiki.call(EDITOR, "wiki.putAttachment", "Rules/a.txt", new byte[] {1}),
                ErrorCode.PERMISSION_DENIED, "WIKI_ADMIN privileges are required");
        assertThat(wiki.admin("wiki.putPage", "Rules", "v3", Map.of())).as("stays read-only").isEqualTo(true);
        assertThat(wiki.admin("wiki.putPage", "Rules", "v3", Map.of("readonly", false)))
                .as("changing only the flag is a change").isEqualTo(true);
        assertThat(wiki.call(EDITOR, "wiki.putPage", "Rules", "v4", Map.of())).isEqualTo(true);
        assertThat(info("Rules", null)).containsEntry("version", 5);
    }

    @Test
    void theAuthorAttributeIsKeptOnlyForAdministratorsAndAnonymousCallers() {
        wiki.call(EDITOR, "wiki.putPage", "Authors", "1", Map.of("author", "mallory"));
        assertThat(info("Authors", null)).containsEntry("author", "editor");
        wiki.admin("wiki.putPage", "Authors", "2", Map.of("author", "bot"));
        assertThat(info("Authors", null)).containsEntry("author", "bot");
        wiki.call(ANONYMOUS, "wiki.putPage", "Guest", "1", Map.of("author", "visitor"));
        assertThat(info("Guest", null)).containsEntry("author", "visitor");
    }

    @Test
    void deletingAVersionOrThePageReturnsWhetherSomethingWasDeleted() {
        wiki.call(EDITOR, "wiki.putPage", "Old", "v1", Map.of());
        wiki.call(EDITOR, "wiki.putPage", "Old", "v2", Map.of());
        wiki.call(EDITOR, "wiki.putAttachment", "Old/file.txt", new byte[] {42});
        assertFault(() -> wiki.call(READER, "wiki.deletePage", "Old"), ErrorCode.PERMISSION_DENIED,
                "WIKI_DELETE privileges are required");

        assertThat(wiki.call(EDITOR, "wiki.deletePage", "Old", 2)).isEqualTo(true);
        assertThat(wiki.call(READER, "wiki.getPage", "Old")).isEqualTo("v1");
        assertThat(wiki.call(EDITOR, "wiki.deletePage", "Old", 2)).isEqualTo(false);
        assertThat(wiki.call(EDITOR, "wiki.deletePage", "Old")).isEqualTo(true);
        assertThat(wiki.call(READER, "wiki.getPageInfo", "Old")).isEqualTo(0);
        assertThat(wiki.call(EDITOR, "wiki.deletePage", "Old")).isEqualTo(false);

        wiki.call(EDITOR, "wiki.putPage", "Old", "reborn", Map.of());
        assertThat(wiki.call(READER, "wiki.listAttachments", "Old")).as("attachments went with the page")
                .isEqualTo(WikiGateway.list());
        assertThat(info("Old", null)).containsEntry("version", 1);
    }

    @Test
    void concurrentSavesBecomeConsecutiveVersionsAndNoneIsLost() throws Exception {
        int writers = 8;
        int saves = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < saves; i++) {
                        wiki.call(EDITOR, "wiki.putPage", "Busy", "writer " + writer + " save " + i, Map.of());
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(info("Busy", null)).containsEntry("version", writers * saves);
        Set<Object> texts = new HashSet<>();
        for (int version = 1; version <= writers * saves; version++) {
            texts.add(wiki.call(READER, "wiki.getPage", "Busy", version));
        }
        assertThat(texts).hasSize(writers * saves);
    }

    @Test
    void rpcVersionIsTwoAndMethodsAreDeclaredWithTracSignatures() {
        assertThat(wiki.call(READER, "wiki.getRPCVersionSupported")).isEqualTo(2);
        assertThat(wiki.gateway.registry().methods().stream().filter(m -> m.service().equals("wiki")).count())
                .isEqualTo(19);
        assertThat(wiki.gateway.registry().find("wiki.getPage").orElseThrow().prototype())
                .isEqualTo("string wiki.getPage(string pagename, int version=null)");
        assertThat(wiki.gateway.registry().find("wiki.putAttachmentEx").orElseThrow().signatures())
                .containsExactly("string,string,string,string,Binary", "string,string,string,string,Binary,boolean");
        assertFault(() -> wiki.call(ANONYMOUS, "wiki.deletePage", "WikiStart"), ErrorCode.PERMISSION_DENIED,
                "WIKI_DELETE privileges are required to perform this operation.");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> info(String page, Integer version) {
        return (Map<String, Object>) wiki.call(READER, "wiki.getPageInfo", page, version);
    }

    static void assertFault(Runnable call, ErrorCode code, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).startsWith(message);
        });
    }
}
