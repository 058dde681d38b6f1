package io.polyport.server.plugin;

import java.util.List;
import java.util.function.Supplier;

/** {@link PluginService} over the started {@link Plugins}. */
public final class InstalledPlugins implements PluginService {
    private final Supplier<Plugins> plugins;

    /** Reports what {@code plugins} supplies once the plugins have started. */
    public InstalledPlugins(Supplier<Plugins> plugins) {
        this.plugins = plugins;
    }

    @Override
    public List<PluginInfo> list() {
        return plugins.get().infos();
    }
}
