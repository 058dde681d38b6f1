package io.polyport.plugins.rt;

import io.polyport.core.plugin.Contributions;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginContext;
import io.polyport.plugins.rt.ticket.Queues;
import java.util.List;
import java.util.Optional;

/** The plugin: contributes the RT REST 1.0 protocol and the permission restricted queues need. */
public final class RtRestPlugin implements Plugin {

    @Override
    public void start(PluginContext context, Contributions contributions) {
        RtConfig config = context.config(RtConfig.class);
        contributions.protocol(new RtProtocol(config, context.sessions()));
        context.logger().info("RT REST 1.0 at /REST/1.0/ (status lines say RT/{})", config.version());
    }

    @Override
    public List<PermissionAction> permissions() {
        return List.of(PermissionAction.of(Queues.RESTRICTED_ACTION,
                "Create, see and move tickets in RT queues configured as restricted"));
    }

    @Override
    public Optional<Class<?>> configType() {
        return Optional.of(RtConfig.class);
    }
}
