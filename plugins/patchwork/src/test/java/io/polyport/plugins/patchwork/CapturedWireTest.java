package io.polyport.plugins.patchwork;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.invoke.Caller;
import io.polyport.core.plugin.PluginDatabase;
import io.polyport.plugins.patchwork.testing.Capture;
import io.polyport.plugins.patchwork.testing.CaptureReplay;
import io.polyport.plugins.patchwork.testing.InProcessPatchwork;
import io.polyport.plugins.patchwork.testing.KnownDifferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Replays every XML-RPC call a real Patchwork answered (pwclient's session, then direct calls), in their order,
 * against the plugin's services behind the real XML-RPC protocol, on SQLite and on PostgreSQL, and compares each answer byte for byte after
 * masking check times and account numbers. Calls whose difference lies in the server (authentication, unknown
 * methods, malformed bodies, HTTP routing) are covered by the integration test instead.
 */
class CapturedWireTest {

    @ParameterizedTest
    @EnumSource(PluginDatabase.Dialect.class)
    void everyCapturedCallAnswersAsPatchworkDid(PluginDatabase.Dialect dialect) throws Exception {
        InProcessPatchwork patchwork = InProcessPatchwork.withFixtures(dialect);
        CaptureReplay.Result result = CaptureReplay.run(capture -> new CaptureReplay.Answer(200,
                patchwork.xmlRpc(caller(capture), KnownDifferences.request(capture))));
        assertThat(result.mismatches()).as("mismatching answers").isEmpty();
        assertThat(result.compared()).isGreaterThan(140);
    }

    private static Caller caller(Capture capture) {
        return capture.basicCredentials().map(credentials -> switch (credentials[0]) {
            case "maint" -> InProcessPatchwork.MAINT;
            case "user" -> InProcessPatchwork.USER;
            case "admin" -> InProcessPatchwork.ADMIN;
            default -> throw new IllegalStateException("unexpected user " + credentials[0]);
        }).orElse(InProcessPatchwork.ANONYMOUS);
    }
}
