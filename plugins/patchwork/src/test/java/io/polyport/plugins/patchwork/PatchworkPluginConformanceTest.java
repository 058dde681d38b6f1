package io.polyport.plugins.patchwork;

import io.polyport.core.plugin.Plugin;
import io.polyport.testkit.plugin.ServicePluginConformanceTest;

/** The plugin passes the service-plugin conformance kit: descriptor, registration, permissions, migrations, methods. */
class PatchworkPluginConformanceTest extends ServicePluginConformanceTest {
    @Override
    protected Plugin plugin() {
        return new PatchworkPlugin();
    }
}
