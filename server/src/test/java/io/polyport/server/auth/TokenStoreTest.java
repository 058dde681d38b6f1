package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.polyport.server.db.Tables.API_TOKENS;

import io.polyport.server.storage.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {
    @TempDir
    Path folder;
    Database database;
    TokenStore tokens;

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        tokens = new TokenStore(database);
        new UserStore(database, new PasswordHasher()).add("alice", "pw");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createsATokenShownOnceAndStoresOnlyItsHash() {
        IssuedToken issued = tokens.create("alice", "ci");

        assertThat(issued.token()).matches("pp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}").startsWith("pp_" + issued.info().id() + "_");
        assertThat(tokens.owner(issued.token())).contains("alice");
        assertThat(database.dsl().select(API_TOKENS.TOKEN_HASH).from(API_TOKENS).fetchOne(API_TOKENS.TOKEN_HASH))
                .isEqualTo(Sha256.hex(issued.token()))
                .doesNotContain(issued.token().substring(16));
        assertThat(tokens.list("alice")).containsExactly(issued.info());
    }

    @Test
    void unknownOrAlteredTokensHaveNoOwner() {
        String token = tokens.create("alice", null).token();

        assertThat(tokens.owner(token + "x")).isEmpty();
        assertThat(tokens.owner("")).isEmpty();
        assertThat(tokens.list("alice")).singleElement().extracting(ApiToken::label).isEqualTo("");
    }

    @Test
    void revokesByIdOrByWholeToken() {
        IssuedToken first = tokens.create("alice", "one");
        IssuedToken second = tokens.create("alice", "two");

        tokens.revoke(first.info().id());
        tokens.revoke(second.token());

        assertThat(tokens.owner(first.token())).isEmpty();
        assertThat(tokens.owner(second.token())).isEmpty();
        assertThat(tokens.list("alice")).isEmpty();
        assertThatThrownBy(() -> tokens.revoke(first.info().id())).hasMessage("no token with id '" + first.info().id() + "'");
        assertThatThrownBy(() -> tokens.revoke(second.token())).hasMessage("no such token");
    }

    @Test
    void refusesUnknownUsersAndOddLabels() {
        assertThatThrownBy(() -> tokens.create("bob", "x")).hasMessage("no user 'bob'");
        assertThatThrownBy(() -> tokens.list("bob")).hasMessage("no user 'bob'");
        assertThatThrownBy(() -> tokens.create("alice", "two\nlines")).hasMessageContaining("on one line");
        assertThat(tokens.list("alice")).isEmpty();
    }
}
