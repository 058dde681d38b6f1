package io.polyport.testkit.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.plugin.Plugin;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service-plugin conformance suite as a JUnit 5 class: extend it in your plugin's test sources and return a new
 * instance of your plugin (and, if it needs one, a configuration section).
 * <pre>
 * class MyPluginConformanceTest extends ServicePluginConformanceTest {
 *     protected Plugin plugin() { return new MyPlugin(); }
 * }
 * </pre>
 */
public abstract class ServicePluginConformanceTest {

    /** A new instance of the plugin under test. */
    protected abstract Plugin plugin();

    /** The configuration section {@code plugins.<id>} to start it with; empty by default. */
    protected Map<String, ?> config() {
        return Map.of();
    }

    @Test
    void descriptorIsValidForThisCore() {
        assertThat(ServicePluginConformance.descriptorProblems(plugin())).isEmpty();
    }

    @Test
    void entryPointIsListedForTheServiceLoader() {
        assertThat(ServicePluginConformance.registrationProblems(plugin())).isEmpty();
    }

    @Test
    void permissionActionsAreValid() {
        assertThat(ServicePluginConformance.permissionProblems(plugin())).isEmpty();
    }

    @Test
    void migrationsApplyOnAnEmptyDatabaseAndTwiceWithoutHarm() {
        assertThat(ServicePluginConformance.migrationProblems(plugin())).isEmpty();
    }

    @Test
    void startsAndPublishesDocumentedGuardedMethods() {
        assertThat(ServicePluginConformance.serviceProblems(plugin(), config())).isEmpty();
    }
}
