package io.polyport.testkit.plugin;

import io.polyport.core.plugin.Plugin;
import java.util.Map;

/** The kit's sample plugin passes the service-plugin conformance suite, as a third party's would. */
class NotesPluginConformanceTest extends ServicePluginConformanceTest {
    @Override
    protected Plugin plugin() {
        return new NotesPlugin();
    }

    @Override
    protected Map<String, ?> config() {
        return Map.of("maxLength", 50, "enabled", true);
    }
}
