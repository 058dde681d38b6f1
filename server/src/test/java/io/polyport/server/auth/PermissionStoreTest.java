package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.server.storage.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PermissionStoreTest {
    @TempDir
    Path folder;
    Database database;
    PermissionStore permissions;

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        permissions = new PermissionStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void freshDatabaseHasTracsDefaultsWithoutXmlRpc() {
        assertThat(permissions.list()).containsExactly(
                new Grant("anonymous", "MILESTONE_VIEW"),
                new Grant("anonymous", "ROADMAP_VIEW"),
                new Grant("anonymous", "SEARCH_VIEW"),
                new Grant("anonymous", "TICKET_VIEW"),
                new Grant("anonymous", "TIMELINE_VIEW"),
                new Grant("anonymous", "WIKI_VIEW"),
                new Grant("authenticated", "TICKET_CREATE"),
                new Grant("authenticated", "TICKET_MODIFY"),
                new Grant("authenticated", "WIKI_CREATE"),
                new Grant("authenticated", "WIKI_MODIFY"));
    }

    @Test
    void grantsActionsAndMembershipsIdempotently() {
        permissions.grant("alice", List.of("XML_RPC", "developers"));
        permissions.grant("alice", List.of("XML_RPC"));

        assertThat(permissions.list("alice")).containsExactly(new Grant("alice", "XML_RPC"), new Grant("alice", "developers"));
    }

    @Test
    void refusesInvalidGrantsWithoutStoringAny() {
        assertThatThrownBy(() -> permissions.grant("TICKET_VIEW", List.of("alice"))).hasMessageContaining("permission actions");
        assertThatThrownBy(() -> permissions.grant("alice", List.of("XML_RPC", "bad group"))).hasMessageStartingWith("invalid name");
        assertThatThrownBy(() -> permissions.grant("alice", List.of("XML_RPC", "alice"))).hasMessage("'alice' cannot be a member of itself");
        assertThat(permissions.list("alice")).isEmpty();
    }

    @Test
    void revokesAllOrNothing() {
        permissions.grant("alice", List.of("XML_RPC", "WIKI_ADMIN"));

        assertThatThrownBy(() -> permissions.revoke("alice", List.of("XML_RPC", "TICKET_ADMIN")))
                .hasMessage("'alice' does not have 'TICKET_ADMIN'");
        assertThat(permissions.list("alice")).hasSize(2);

        permissions.revoke("alice", List.of("XML_RPC", "WIKI_ADMIN"));
        assertThat(permissions.list("alice")).isEmpty();
    }
}
