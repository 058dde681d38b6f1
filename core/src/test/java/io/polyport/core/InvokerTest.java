package io.polyport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvokerTest {
    private final SampleService.Impl sample = new SampleService.Impl();
    private final Gateway gateway = Gateway.of(List.of(ServiceBinding.of(SampleService.class, sample)), Limits.DEFAULT);

    private static CallContext as(String... grants) {
        return new CallContext(new Caller("alice", true, Set.of(grants)), "test", "r1");
    }

    private Object call(CallContext context, String method, Object... args) {
        return gateway.invoker().invoke(context, method, List.of(args));
    }

    private static ErrorCode codeOf(Runnable call) {
        try {
            call.run();
        } catch (RpcException e) {
            return e.code();
        }
        throw new AssertionError("no RpcException");
    }

    @Test
    void appliesDefaultsForOmittedTrailingParameters() {
        assertThat(call(as("XML_RPC", "SAMPLE_CREATE"), "sample.create", "s", "d")).isEqualTo(7);
        assertThat(sample.lastCreate).containsExactly("s", "d", Map.of(), false, null);
        assertThat(call(as("XML_RPC", "SAMPLE_VIEW"), "sample.query")).isEqualTo(List.of(14));
    }

    @Test
    void convertsArgumentsLeniently() {
        Instant when = Instant.parse("2024-05-01T12:00:00Z");
        call(as("XML_RPC", "SAMPLE_CREATE"), "sample.create", "s", "d", Map.of("a", 1), 1, "2024-05-01T12:00:00");
        assertThat(sample.lastCreate).containsExactly("s", "d", Map.of("a", 1), true, when);
        assertThat(call(as("XML_RPC", "SAMPLE_VIEW"), "sample.get", "12")).isInstanceOf(Map.class);
    }

    @Test
    void resultsBecomeNeutralValues() {
        Object item = call(as("XML_RPC", "SAMPLE_VIEW"), "sample.get", 3);
        assertThat(item).isInstanceOf(Map.class);
        Map<?, ?> struct = (Map<?, ?>) item;
        assertThat(struct.get("id")).isEqualTo(3);
        assertThat(struct.get("when")).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat((byte[]) struct.get("data")).containsExactly(0, 1, 255);
        assertThat(call(as("XML_RPC"), "sample.nothing")).isEqualTo(0);
    }

    @Test
    void namedArgumentsBindByParameterName() {
        Object id = gateway.invoker().invokeNamed(as("XML_RPC", "SAMPLE_CREATE"), "sample.create",
                Map.of("description", "d", "summary", "s"));
        assertThat(id).isEqualTo(7);
        assertThat(sample.lastCreate[0]).isEqualTo("s");
        assertThat(codeOf(() -> gateway.invoker().invokeNamed(as("XML_RPC", "SAMPLE_CREATE"), "sample.create",
                Map.of("summary", "s", "bogus", 1)))).isEqualTo(ErrorCode.INVALID_PARAMS);
    }

    @Test
    void checksTheGateThenTheMethodPermission() {
        assertThatThrownBy(() -> call(as(), "sample.get", 1)).isInstanceOf(RpcException.class)
                .hasMessage("XML_RPC privileges are required to perform this operation. "
                        + "You don't have the required permissions.");
        assertThatThrownBy(() -> call(as("XML_RPC"), "sample.get", 1))
                .hasMessageStartingWith("SAMPLE_VIEW privileges are required");
        assertThat(call(as("TRAC_ADMIN"), "sample.get", 1)).isNotNull();
        assertThat(call(as("XML_RPC", "SAMPLE_ADMIN"), "sample.get", 1)).isNotNull();
    }

    @Test
    void mapsFailuresToNeutralCodes() {
        CallContext admin = as("TRAC_ADMIN");
        assertThat(codeOf(() -> call(admin, "no.such"))).isEqualTo(ErrorCode.METHOD_NOT_FOUND);
        assertThat(codeOf(() -> call(admin, "sample.get"))).isEqualTo(ErrorCode.INVALID_PARAMS);
        assertThat(codeOf(() -> call(admin, "sample.get", 1, 2))).isEqualTo(ErrorCode.INVALID_PARAMS);
        assertThat(codeOf(() -> call(admin, "sample.get", "abc"))).isEqualTo(ErrorCode.INVALID_PARAMS);
        assertThat(codeOf(() -> call(admin, "sample.get", Map.of("a", 1)))).isEqualTo(ErrorCode.INVALID_PARAMS);
        assertThat(codeOf(() -> call(admin, "sample.missing", 1))).isEqualTo(ErrorCode.NOT_FOUND);
        assertThatThrownBy(() -> call(admin, "sample.broken"))
                .satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo(ErrorCode.INTERNAL))
                .message().doesNotContain("secret");
    }

    @Test
    void injectsTheCallerWithoutPublishingIt() {
        assertThat(call(as("XML_RPC"), "sample.whoAmI")).isEqualTo("alice");
        assertThat(gateway.registry().find("sample.whoAmI").orElseThrow().params()).isEmpty();
    }
}
