package io.polyport.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SystemServiceTest {
    private final Gateway gateway =
            Gateway.of(List.of(ServiceBinding.of(SampleService.class, new SampleService.Impl())), Limits.DEFAULT);
    private final CallContext viewer = new CallContext(new Caller("bob", true, Set.of("XML_RPC", "SAMPLE_VIEW")),
            "test", "r1");

    private Object call(String method, Object... args) {
        return gateway.invoker().invoke(viewer, method, List.of(args));
    }

    @Test
    void listsOnlyTheMethodsTheCallerMayCall() {
        @SuppressWarnings("unchecked")
        List<String> methods = (List<String>) call("system.listMethods");
        assertThat(methods).contains("sample.get", "sample.query", "system.multicall", "system.listMethods")
                .doesNotContain("sample.create");
    }

    @Test
    void signaturesFollowTracForOptionalTrailingParameters() {
        assertThat(call("system.methodSignature", "sample.create")).isEqualTo(List.of(
                "int,string,string", "int,string,string,struct", "int,string,string,struct,boolean",
                "int,string,string,struct,boolean,DateTime"));
        assertThat(call("system.methodSignature", "sample.query")).isEqualTo(List.of("array", "array,string"));
        assertThat(call("system.methodSignature", "system.getAPIVersion")).isEqualTo(List.of("array"));
    }

    @Test
    void helpStartsWithThePrototype() {
        assertThat((String) call("system.methodHelp", "sample.query"))
                .startsWith("array sample.query(string qstr=\"status!=closed\")");
    }

    @Test
    void multicallWrapsSuccessesAndReportsFaultsInPlace() {
        Object results = call("system.multicall", List.of(
                Map.of("methodName", "sample.query", "params", List.of("ab")),
                Map.of("methodName", "no.such", "params", List.of()),
                Map.of("methodName", "sample.create", "params", List.of("s", "d")),
                Map.of("params", List.of())));
        assertThat(results).isEqualTo(List.of(
                List.of(List.of(2)),
                Map.of("faultCode", -32601, "faultString", "RPC method \"no.such\" not found"),
                Map.of("faultCode", 403, "faultString",
                        "SAMPLE_CREATE privileges are required to perform this operation. "
                                + "You don't have the required permissions."),
                Map.of("faultCode", -32600, "faultString",
                        "system.multicall expects structs with a string 'methodName' and an array 'params'")));
    }

    @Test
    void apiVersionIsTracRpc12() {
        assertThat(call("system.getAPIVersion")).isEqualTo(List.of(1, 2, 0));
    }

    @Test
    void multicallRefusesBatchesOverTheLimit() {
        Gateway small = Gateway.of(List.of(ServiceBinding.of(SampleService.class, new SampleService.Impl())),
                new Limits(1024, 8, 1024, 2));
        List<Object> three = List.of(Map.of("methodName", "system.getAPIVersion"),
                Map.of("methodName", "system.getAPIVersion"), Map.of("methodName", "system.getAPIVersion"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> small.invoker().invoke(viewer, "system.multicall", List.of(three)))
                .hasMessage("system.multicall takes at most 2 calls (3 given)");
    }
}
