package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.storage.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectivePermissionsTest {
    private static final Set<String> ANONYMOUS_DEFAULTS = Set.of("TICKET_VIEW", "WIKI_VIEW", "SEARCH_VIEW", "MILESTONE_VIEW",
            "TIMELINE_VIEW", "ROADMAP_VIEW");
    private static final Set<String> AUTHENTICATED_DEFAULTS = Set.of("TICKET_CREATE", "TICKET_MODIFY", "WIKI_CREATE", "WIKI_MODIFY");

    @TempDir
    Path folder;
    Database database;
    PermissionStore store;
    EffectivePermissions effective;

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        store = new PermissionStore(database);
        effective = new EffectivePermissions(store, new PermissionCatalog());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void pseudoGroupsApplyToEveryoneAndToLoggedInUsers() {
        assertThat(effective.ofAnonymous()).isEqualTo(ANONYMOUS_DEFAULTS);
        assertThat(effective.ofUser("alice")).containsExactlyInAnyOrderElementsOf(union(ANONYMOUS_DEFAULTS, AUTHENTICATED_DEFAULTS));
    }

    @Test
    void groupMembershipIsTransitive() {
        store.grant("alice", List.of("XML_RPC", "developers"));
        store.grant("developers", List.of("WIKI_DELETE", "staff"));
        store.grant("staff", List.of("MILESTONE_ADMIN"));
        store.grant("authenticated", List.of("readers"));
        store.grant("readers", List.of("REPORT_VIEW"));

        assertThat(effective.ofUser("alice"))
                .contains("XML_RPC", "WIKI_DELETE", "MILESTONE_ADMIN", "REPORT_VIEW", "TICKET_CREATE", "TICKET_VIEW")
                .doesNotContain("developers", "staff", "readers");
        assertThat(effective.ofUser("bob")).contains("REPORT_VIEW").doesNotContain("XML_RPC", "WIKI_DELETE");
        assertThat(effective.ofAnonymous()).doesNotContain("REPORT_VIEW");
    }

    @Test
    void membershipCyclesTerminate() {
        store.grant("alice", List.of("a"));
        store.grant("a", List.of("b", "A_ACTION"));
        store.grant("b", List.of("c"));
        store.grant("c", List.of("a", "alice", "C_ACTION"));

        assertThat(effective.ofUser("alice")).contains("A_ACTION", "C_ACTION");
        assertThat(effective.ofUser("c")).contains("A_ACTION", "C_ACTION");
    }

    @Test
    void changesFromAnotherProcessApplyWithinASecond() throws InterruptedException {
        assertThat(effective.ofUser("alice")).doesNotContain("XML_RPC");
        try (Database otherProcess = TempDatabase.open(folder)) {
            new PermissionStore(otherProcess).grant("alice", List.of("XML_RPC"));
        }

        long deadline = System.nanoTime() + 1_500_000_000L;
        while (!effective.ofUser("alice").contains("XML_RPC") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(effective.ofUser("alice")).contains("XML_RPC");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
