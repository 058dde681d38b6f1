package io.polyport.plugins.patchwork;

import static io.polyport.plugins.patchwork.testing.InProcessPatchwork.ADMIN;
import static io.polyport.plugins.patchwork.testing.InProcessPatchwork.ANONYMOUS;
import static io.polyport.plugins.patchwork.testing.InProcessPatchwork.MAINT;
import static io.polyport.plugins.patchwork.testing.InProcessPatchwork.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.plugins.patchwork.testing.InProcessPatchwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Projects, maintainers, delegates and who may change a patch. */
class AdministrationTest {
    private InProcessPatchwork patchwork;

    @BeforeEach
    void fixtures() throws Exception {
        patchwork = InProcessPatchwork.withFixtures();
    }

    @Test
    void projectsAreCreatedUpdatedAndDeletedWithEverythingFiledIntoThem() {
        assertThatThrownBy(() -> patchwork.call(ADMIN, "patchwork.project.create", "demo2", "Demo Project",
                "x.example.org", "x@example.org")).isInstanceOfSatisfying(RpcException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        assertThatThrownBy(() -> patchwork.call(ADMIN, "patchwork.project.create", "bad name", "B", "b", "b@b"))
                .isInstanceOfSatisfying(RpcException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        Map<?, ?> updated = (Map<?, ?>) patchwork.call(ADMIN, "patchwork.project.update", "other",
                Map.of("web_url", "https://other.example.org/", "name", "Other"));
        assertThat(updated.get("web_url")).isEqualTo("https://other.example.org/");
        assertThat(((Map<?, ?>) patchwork.call(ANONYMOUS, "project_get", 2)).get("name")).isEqualTo("Other");
        assertThat(((Map<?, ?>) patchwork.call(ANONYMOUS, "patchwork.project.get", "demo")).get("maintainers"))
                .isEqualTo(List.of("maint"));

        patchwork.call(ADMIN, "patchwork.project.delete", "demo");
        assertThat((List<?>) patchwork.call(ANONYMOUS, "patch_list")).isEmpty();
        assertThat((List<?>) patchwork.call(ANONYMOUS, "check_list")).isEmpty();
        assertThat((List<?>) patchwork.call(ANONYMOUS, "project_list")).hasSize(1);
    }

    @Test
    void maintainersDelegatesAndLinkedSubmittersMayChangeAPatchOthersMayNot() {
        assertThatThrownBy(() -> patchwork.call(USER, "patch_set", 1, Map.of("state", 3)))
                .hasMessage("<class 'Exception'>:No permissions to edit this patch");
        assertThatThrownBy(() -> patchwork.call(USER, "patchwork.patch.setDelegate", 1, "user"))
                .isInstanceOfSatisfying(RpcException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PERMISSION_DENIED));

        patchwork.call(MAINT, "patchwork.patch.setDelegate", 1, "user");
        assertThat(patchwork.call(USER, "patch_set", 1, Map.of("state", 3))).isEqualTo(true);
        assertThat(((Map<?, ?>) patchwork.call(ANONYMOUS, "patch_get", 1)).get("state_id")).isEqualTo(3L);

        patchwork.call(ADMIN, "patchwork.person.setUser", 2, "user");
        assertThat(patchwork.call(USER, "check_create", 4, "ci/x", "fail")).isEqualTo(true);
        assertThat(new String((byte[]) ((Map<?, ?>) patchwork.call(ANONYMOUS, "person_get", 2)).get("user")))
                .isEqualTo("user");
        assertThat(((Map<?, ?>) patchwork.call(ANONYMOUS, "patch_check_get", 4)).get("state")).isEqualTo("fail");

        patchwork.call(ADMIN, "patchwork.project.removeMaintainer", "demo", "maint");
        assertThatThrownBy(() -> patchwork.call(MAINT, "patch_set", 4, Map.of("archived", true)))
                .isInstanceOf(RpcException.class);
    }

    @Test
    void aFailedChangeChangesNothing() {
        assertThatThrownBy(() -> patchwork.call(MAINT, "patch_set", 4, Map.of("archived", true, "state", 999)))
                .hasMessageContaining("State matching query does not exist.");
        assertThat(((Map<?, ?>) patchwork.call(ANONYMOUS, "patch_get", 4)).get("archived")).isEqualTo(false);
    }
}
