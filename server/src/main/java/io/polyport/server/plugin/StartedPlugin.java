package io.polyport.server.plugin;

import io.polyport.core.annotation.RpcService;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.PluginDescriptor;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Protocol;
import java.util.List;
import java.util.Map;

/**
 * A plugin that has started, with what it contributed.
 *
 * @param loaded      the plugin and its class loader
 * @param services    the services it publishes
 * @param protocols   the protocols it adds (listed in its jar or contributed in {@code start})
 * @param extensions  its implementations of extension points
 * @param permissions the permission actions it declared
 * @param migrations  its applied migrations
 */
record StartedPlugin(LoadedPlugin loaded, List<ServiceBinding<?>> services, List<Protocol> protocols,
                     Map<Class<?>, List<Object>> extensions, List<PermissionAction> permissions,
                     List<String> migrations) {

    /** Calls the plugin's {@code stop}; a failure is the caller's to log. */
    void stop() {
        loaded.entry().ifPresent(entry -> entry.stop());
    }

    PluginInfo info() {
        FoundPlugin found = loaded.found();
        return new PluginInfo(found.id(), found.descriptor().map(PluginDescriptor::name).orElse(found.id()),
                found.descriptor().map(PluginDescriptor::version).orElse(""), found.source(), PluginInfo.ENABLED,
                services.stream().map(binding -> binding.type().getAnnotation(RpcService.class).value()).distinct()
                        .sorted().toList(),
                protocols.stream().map(Protocol::name).toList(),
                permissions.stream().map(PermissionAction::name).toList(), migrations);
    }
}
