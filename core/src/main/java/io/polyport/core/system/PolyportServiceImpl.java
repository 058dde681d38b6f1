package io.polyport.core.system;

import java.util.List;

/** Reports the versions the wiring hands in: Polyport's from the build, the plugins' from the plugin loader. */
public final class PolyportServiceImpl implements PolyportService {
    private final Versions versions;

    public PolyportServiceImpl(List<ComponentVersion> plugins) {
        this.versions = new Versions(PolyportVersion.get(), SystemServiceImpl.API_VERSION, List.copyOf(plugins));
    }

    @Override
    public Versions getVersions() {
        return versions;
    }
}
