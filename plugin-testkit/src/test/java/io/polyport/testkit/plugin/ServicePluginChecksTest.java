package io.polyport.testkit.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.plugin.Contributions;
import io.polyport.core.plugin.PermissionAction;
import io.polyport.core.plugin.Plugin;
import io.polyport.core.plugin.PluginContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each service-plugin check finds the defect it is for. */
class ServicePluginChecksTest {

    /** A service with a method lacking documentation, one lacking a permission and one lacking @RpcMethod. */
    @RpcService(value = "sloppy", doc = "Defects on purpose.")
    public interface Sloppy {
        @RpcMethod(permission = "SLOPPY_VIEW")
        int undocumented();

        @RpcMethod(doc = "Anyone with XML_RPC may call it.")
        int unguarded();

        int unpublished();
    }

    /** A plugin with defects of every kind, configurable per test. */
    public static class DefectivePlugin implements Plugin {
        private final List<PermissionAction> permissions;
        private final Optional<String> migrations;

        public DefectivePlugin() {
            this(List.of(), Optional.empty());
        }

        DefectivePlugin(List<PermissionAction> permissions, Optional<String> migrations) {
            this.permissions = permissions;
            this.migrations = migrations;
        }

        @Override
        public void start(PluginContext context, Contributions contributions) {
            contributions.service(Sloppy.class, new Sloppy() {
                @Override
                public int undocumented() {
                    return 1;
                }

                @Override
                public int unguarded() {
                    return 2;
                }

                @Override
                public int unpublished() {
                    return 3;
                }
            });
        }

        @Override
        public List<PermissionAction> permissions() {
            return permissions;
        }

        @Override
        public Optional<String> migrations() {
            return migrations;
        }
    }

    /** A plugin that uses the invoker while starting, which the server does not allow. */
    public static class EagerPlugin extends DefectivePlugin {
        @Override
        public void start(PluginContext context, Contributions contributions) {
            context.invoker();
        }
    }

    @Test
    void theSamplePluginHasNoProblems() {
        ServicePluginConformance.check(new NotesPlugin());
    }

    @Test
    void methodsWithoutDocumentationPermissionOrAnnotationAreReported() {
        assertThat(ServicePluginConformance.serviceProblems(new DefectivePlugin(), Map.of())).containsExactlyInAnyOrder(
                "Sloppy.undocumented: no documentation (@RpcMethod doc)",
                "Sloppy.unguarded: no permission (@RpcMethod permission)",
                "Sloppy.unpublished: no @RpcMethod, so it is not published");
    }

    @Test
    void aPluginClassNotListedForTheServiceLoaderIsReported() {
        assertThat(ServicePluginConformance.registrationProblems(new DefectivePlugin()))
                .containsExactly(PluginFiles.SERVICE_FILE + " does not list " + DefectivePlugin.class.getName());
    }

    @Test
    void duplicateReservedAndSelfImplyingPermissionsAreReported() {
        DefectivePlugin plugin = new DefectivePlugin(List.of(
                PermissionAction.of("SLOPPY_VIEW", "View."),
                PermissionAction.of("SLOPPY_VIEW", "Again."),
                PermissionAction.of("TRAC_ADMIN", "Everything."),
                new PermissionAction("SLOPPY_ADMIN", " ", Set.of("SLOPPY_ADMIN", "lower"))), Optional.empty());

        assertThat(ServicePluginConformance.permissionProblems(plugin)).containsExactlyInAnyOrder(
                "permission SLOPPY_VIEW is declared twice",
                "permission TRAC_ADMIN is the core's own",
                "permission SLOPPY_ADMIN has no documentation",
                "permission SLOPPY_ADMIN implies 'SLOPPY_ADMIN'",
                "permission SLOPPY_ADMIN implies 'lower'");
    }

    @Test
    void aFailingMigrationIsReported() {
        List<String> problems = ServicePluginConformance.migrationProblems(
                new DefectivePlugin(List.of(), Optional.of("db/kit-broken")));

        assertThat(problems).singleElement().asString().startsWith("migrations failed: ").contains("V1__broken.sql");
    }

    @Test
    void aMissingMigrationLocationIsReported() {
        assertThat(ServicePluginConformance.migrationProblems(
                new DefectivePlugin(List.of(), Optional.of("db/nowhere"))))
                .containsExactly("migrations: nothing at class path location db/nowhere");
    }

    @Test
    void anUnknownConfigurationKeyStopsTheStart() {
        assertThat(ServicePluginConformance.serviceProblems(new NotesPlugin(), Map.of("maxLenght", 5)))
                .singleElement().asString().startsWith("start failed: ").contains("plugins.kit-notes", "maxLenght");
    }

    @Test
    void usingTheInvokerDuringStartStopsTheStart() {
        assertThat(ServicePluginConformance.serviceProblems(new EagerPlugin(), Map.of()))
                .singleElement().asString().contains("the invoker is usable once the server serves");
    }

    @Test
    void checkFailsWithEveryProblem() {
        assertThatThrownBy(() -> ServicePluginConformance.check(new DefectivePlugin()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not list")
                .hasMessageContaining("no documentation")
                .hasMessageContaining("no permission");
    }
}
