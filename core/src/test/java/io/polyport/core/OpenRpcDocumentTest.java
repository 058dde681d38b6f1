package io.polyport.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.annotation.Id;
import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcMethod;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.annotation.ResultShape;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.core.system.ComponentVersion;
import io.polyport.core.system.PolyportVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code rpc.discover}: an OpenRPC 1.3 document of what the caller may call. {@code OpenRpcDocumentsTest} in the
 * server validates the real tracker's document against the meta-schema.
 */
class OpenRpcDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A service returning Trac-style positional arrays. */
    @RpcService(value = "shape", doc = "Shapes.")
    public interface ShapeService {
        @RpcMethod(kind = MethodKind.READ, doc = "A tuple.")
        @ResultShape(tuple = {"int id", "DateTime created", "struct attributes"})
        List<Object> get(@Id int id);

        @RpcMethod(kind = MethodKind.LIST)
        @ResultShape(tuple = {"string name", "Binary data"})
        List<List<Object>> all();

        @RpcMethod(kind = MethodKind.READ)
        @ResultShape(fields = {"string name", "any due"})
        Map<String, Object> milestone(@Id String name);
    }

    private final Gateway gateway = Gateway.of(List.of(
            ServiceBinding.of(SampleService.class, new SampleService.Impl()),
            ServiceBinding.of(ShapeService.class, new ShapeService() {
                @Override
                public List<Object> get(int id) {
                    return List.of(id, Instant.EPOCH, Map.of());
                }

                @Override
                public List<List<Object>> all() {
                    return List.of();
                }

                @Override
                public Map<String, Object> milestone(String name) {
                    return Map.of("name", name, "due", 0);
                }
            })), Limits.DEFAULT, List.of(new ComponentVersion("example-plugin", "2.3.4")));

    private JsonNode discover(Caller caller) throws Exception {
        Object document = gateway.invoker().invoke(new CallContext(caller, "test", "r1"), "rpc.discover", List.of());
        return JSON.valueToTree(document);
    }

    private static Caller admin() {
        return new Caller("admin", true, Set.of("TRAC_ADMIN"));
    }

    @Test
    void methodsCarryParamsResultsErrorsAndPermission() throws Exception {
        JsonNode document = discover(admin());
        assertThat(document.get("openrpc").asText()).isEqualTo("1.3.2");
        assertThat(document.at("/info/version").asText()).isEqualTo(PolyportVersion.get());
        JsonNode get = method(document, "sample.get");
        assertThat(get.at("/params/0/name").asText()).isEqualTo("id");
        assertThat(get.at("/params/0/required").asBoolean()).isTrue();
        assertThat(get.at("/params/0/schema/type").asText()).isEqualTo("integer");
        assertThat(get.at("/result/schema/title").asText()).isEqualTo("Item");
        assertThat(get.at("/result/schema/properties/when/properties/__jsonclass__/items/0/enum/0").asText())
                .isEqualTo("datetime");
        assertThat(get.at("/x-permission").asText()).isEqualTo("SAMPLE_VIEW");
        assertThat(get.get("errors").toString()).contains("#/components/errors/NOT_FOUND");
        assertThat(document.at("/components/errors/VALIDATION_FAILED/code").asInt()).isEqualTo(-32603);
        JsonNode query = method(document, "sample.query");
        assertThat(query.at("/params/0/required").asBoolean()).isFalse();
        assertThat(query.at("/params/0/schema/default").asText()).isEqualTo("status!=closed");
        assertThat(query.at("/params/0/description").asText()).isEqualTo("A filter.");
        assertThat(query.at("/result/schema/items/type").asText()).isEqualTo("integer");
        assertThat(document.findValuesAsText("name")).doesNotContain("rpc.discover");
    }

    @Test
    void tuplesAreDeclaredPositionally() throws Exception {
        JsonNode document = discover(admin());
        JsonNode get = method(document, "shape.get").at("/result/schema");
        assertThat(get.at("/items/0/title").asText()).isEqualTo("id");
        assertThat(get.at("/items/1/title").asText()).isEqualTo("created");
        assertThat(get.at("/items/1/properties/__jsonclass__/items/0/enum/0").asText()).isEqualTo("datetime");
        assertThat(get.at("/items/2/type").asText()).isEqualTo("object");
        assertThat(get.at("/maxItems").asInt()).isEqualTo(3);
        JsonNode all = method(document, "shape.all").at("/result/schema");
        assertThat(all.at("/items/items/1/properties/__jsonclass__/items/0/enum/0").asText()).isEqualTo("binary");
        JsonNode milestone = method(document, "shape.milestone").at("/result/schema");
        assertThat(milestone.at("/properties/name/type").asText()).isEqualTo("string");
        assertThat(milestone.at("/properties/due").isObject()).isTrue();
    }

    @Test
    void listsOnlyWhatTheCallerMayCall() throws Exception {
        JsonNode document = discover(new Caller("bob", true, Set.of("XML_RPC")));
        assertThat(document.findValuesAsText("name")).contains("system.listMethods", "sample.whoAmI")
                .doesNotContain("sample.get", "sample.create");
    }

    @Test
    void versionsNamePolyportAndThePlugins() {
        Object versions = gateway.invoker().invoke(new CallContext(admin(), "test", "r1"), "polyport.getVersions",
                List.of());
        assertThat(versions).isEqualTo(Map.of("polyport", PolyportVersion.get(), "apiVersion", List.of(1, 2, 0),
                "plugins", List.of(Map.of("name", "example-plugin", "version", "2.3.4"))));
        assertThat(PolyportVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    private static JsonNode method(JsonNode document, String name) {
        for (JsonNode method : document.get("methods")) {
            if (method.get("name").asText().equals(name)) {
                return method;
            }
        }
        throw new AssertionError("no method " + name);
    }
}
