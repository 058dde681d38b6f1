package io.polyport.server.plugin;

import io.polyport.core.invoke.Invoker;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The started plugins: what they publish, what to report about every installed one, and how to stop them. Closing
 * stops them in reverse order and releases their class loaders.
 */
public final class Plugins implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Plugins.class);

    private final List<StartedPlugin> started;
    private final List<PluginInfo> disabled;
    private final AtomicReference<Invoker> invoker;

    Plugins(List<StartedPlugin> started, List<PluginInfo> disabled, AtomicReference<Invoker> invoker) {
        this.started = List.copyOf(started);
        this.disabled = List.copyOf(disabled);
        this.invoker = invoker;
    }

    /** Every service the started plugins publish. */
    public List<ServiceBinding<?>> services() {
        return started.stream().flatMap(plugin -> plugin.services().stream()).toList();
    }

    /** Every protocol the started plugins add. */
    public List<Protocol> protocols() {
        return started.stream().flatMap(plugin -> plugin.protocols().stream()).toList();
    }

    /** Every installed plugin, started ones first, in start order. */
    public List<PluginInfo> infos() {
        List<PluginInfo> infos = new ArrayList<>();
        started.forEach(plugin -> infos.add(plugin.info()));
        infos.addAll(disabled);
        return List.copyOf(infos);
    }

    /** Makes {@code serving} the invoker plugins reach through their context; called once the gateway exists. */
    public void attach(Invoker serving) {
        invoker.set(serving);
    }

    @Override
    public void close() {
        stopAndRelease(started);
    }

    /** Stops {@code plugins} in reverse order and releases their class loaders, logging what fails. */
    static void stopAndRelease(List<StartedPlugin> plugins) {
        for (int i = plugins.size() - 1; i >= 0; i--) {
            StartedPlugin plugin = plugins.get(i);
            try {
                plugin.stop();
            } catch (RuntimeException | LinkageError e) {
                LOG.error("plugin {} failed to stop", plugin.loaded().found().label(), e);
            }
            plugin.loaded().close();
        }
    }
}
