package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.server.auth.AdminBootstrap.Outcome;
import io.polyport.server.storage.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminBootstrapTest {
    @TempDir
    Path folder;
    Database database;
    PasswordHasher hasher;
    UserStore users;
    PermissionStore permissions;
    AdminBootstrap bootstrap;

    @BeforeEach
    void open() {
        database = TempDatabase.open(folder);
        hasher = new PasswordHasher();
        users = new UserStore(database, hasher);
        permissions = new PermissionStore(database);
        bootstrap = new AdminBootstrap(users, permissions);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createsAdminWithAGeneratedPasswordAndTracAdmin() {
        AdminBootstrap.Result result = bootstrap.ensureAdmin(null);

        assertThat(result.outcome()).isEqualTo(Outcome.CREATED_WITH_GENERATED_PASSWORD);
        String password = result.password().orElseThrow();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(hasher.verify(password, users.passwordHash("admin").orElseThrow())).isTrue();
        assertThat(permissions.list("admin")).containsExactly(new Grant("admin", "TRAC_ADMIN"));
    }

    @Test
    void usesTheGivenPassword() {
        AdminBootstrap.Result result = bootstrap.ensureAdmin("from-env");

        assertThat(result.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(result.password()).isEmpty();
        assertThat(hasher.verify("from-env", users.passwordHash("admin").orElseThrow())).isTrue();
    }

    @Test
    void leavesAnExistingAdminAlone() {
        users.add("admin", "mine");
        permissions.grant("admin", List.of("WIKI_ADMIN"));

        assertThat(bootstrap.ensureAdmin("other").outcome()).isEqualTo(Outcome.EXISTED);
        assertThat(hasher.verify("mine", users.passwordHash("admin").orElseThrow())).isTrue();
        assertThat(permissions.list("admin")).containsExactly(new Grant("admin", "WIKI_ADMIN"));
    }
}
