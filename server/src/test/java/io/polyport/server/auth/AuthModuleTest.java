package io.polyport.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.polyport.server.storage.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthModuleTest {
    @TempDir
    Path folder;

    @Test
    void bindsOneAuthenticatorOverTheBoundDatabase() {
        try (Database database = TempDatabase.open(folder)) {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, new AuthModule(), binder -> {
                binder.requireExplicitBindings();
                binder.bind(Database.class).toInstance(database);
                binder.bind(PermissionCatalog.class).toInstance(new PermissionCatalog());
            });

            Authenticator authenticator = injector.getInstance(Authenticator.class);
            assertThat(authenticator).isInstanceOf(DatabaseAuthenticator.class)
                    .isSameAs(injector.getInstance(Authenticator.class));
            assertThat(injector.getInstance(UserStore.class)).isSameAs(injector.getInstance(UserStore.class));

            injector.getInstance(AdminBootstrap.class).ensureAdmin("pw");
            assertThat(authenticator.authenticateBasic("admin", "pw")).get()
                    .satisfies(admin -> assertThat(admin.has("WIKI_DELETE")).isTrue());
        }
    }
}
