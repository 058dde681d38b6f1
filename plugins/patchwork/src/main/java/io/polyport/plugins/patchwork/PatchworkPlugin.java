package io.polyport.plugins.patchwork;

import io.polyport.core.plugin.Contributions;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginContext;
import io.polyport.plugins.patchwork.api.PatchworkAdmin;
import io.polyport.plugins.patchwork.api.PatchworkAdminImpl;
import io.polyport.plugins.patchwork.api.PatchworkApi;
import io.polyport.plugins.patchwork.api.PatchworkApiImpl;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Patchwork as a Polyport plugin: the patch tracker's tables, its mail parser and its XML-RPC API, so that
 * {@code pwclient} and Patchwork scripts work against Polyport (and the same methods over JSON-RPC and REST).
 */
public final class PatchworkPlugin implements Plugin {
    /** Reading projects, patches, people, states and checks; the Patchwork API's methods need it. */
    public static final PermissionAction PATCH_VIEW =
            PermissionAction.of(PatchworkApi.VIEW, "Read Patchwork projects, patches, people, states and checks");
    /** Filing mail and administering projects, maintainers, delegates and people. */
    public static final PermissionAction PATCH_ADMIN = new PermissionAction(PatchworkAdmin.ADMIN,
            "File mail into Patchwork projects and administer projects, maintainers and delegates",
            Set.of(PatchworkApi.VIEW));

    @Override
    public void start(PluginContext context, Contributions contributions) {
        Clock clock = Clock.systemUTC();
        contributions.service(PatchworkApi.class, new PatchworkApiImpl(context.database(), clock));
        contributions.service(PatchworkAdmin.class, new PatchworkAdminImpl(context.database(), clock));
    }

    @Override
    public List<PermissionAction> permissions() {
        return List.of(PATCH_VIEW, PATCH_ADMIN);
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("db/patchwork");
    }
}
