package io.polyport.server.auth;

import com.google.inject.AbstractModule;

/**
 * Guice bindings for authentication and the user, permission and token stores (all singletons by their
 * {@code @Singleton} annotation). Needs bindings for {@link io.polyport.server.storage.Database} and
 * {@link PermissionCatalog} from elsewhere.
 */
public final class AuthModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Authenticator.class).to(DatabaseAuthenticator.class);
        bind(PasswordHasher.class);
        bind(UserStore.class);
        bind(PermissionStore.class);
        bind(TokenStore.class);
        bind(EffectivePermissions.class);
        bind(AdminBootstrap.class);
    }
}
