package io.polyport.rest.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.polyport.core.error.RpcException;
import io.polyport.core.registry.ServiceBinding;
import io.polyport.core.spi.Gateway;
import io.polyport.core.spi.Limits;
import io.polyport.rest.route.Route;
import io.polyport.rest.route.RouteTable;
import io.polyport.rest.sample.InMemoryTickets;
import io.polyport.rest.sample.InMemoryWiki;
import io.polyport.rest.sample.SampleMilestones;
import io.polyport.rest.sample.SampleTickets;
import io.polyport.rest.sample.SampleWiki;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the REST argument binder over the sample services' routes: any path variables,
 * query, content type and body either bind or fail with a {@link RestFailure} or {@link RpcException}. Plain test
 * runs replay the corpus in {@code ArgumentBinderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ArgumentBinderFuzzTest {
    private static final Limits LIMITS = new Limits(64 * 1024, 32, 64 * 1024, 100);
    private static final List<Route> ROUTES = RouteTable.of(Gateway.of(List.of(
            ServiceBinding.of(SampleTickets.class, new InMemoryTickets()),
            ServiceBinding.of(SampleWiki.class, new InMemoryWiki()),
            ServiceBinding.of(SampleMilestones.class, new SampleMilestones.InMemory())), LIMITS).registry()).routes();
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "text/plain", "application/octet-stream", "application/merge-patch+json", "");
    private static final ArgumentBinder BINDER = new ArgumentBinder(new RestJson(LIMITS));

    @FuzzTest(maxDuration = "60s")
    void bindsOrRefuses(FuzzedDataProvider data) {
        Route route = data.pickValue(ROUTES);
        Map<String, String> variables = new LinkedHashMap<>();
        int variableCount = data.consumeInt(0, 2);
        for (int i = 0; i < variableCount; i++) {
            variables.put(data.consumeString(12), data.consumeString(40));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        int queryCount = data.consumeInt(0, 3);
        for (int i = 0; i < queryCount; i++) {
            query.put(data.consumeString(12), List.of(data.consumeString(40), data.consumeString(20)));
        }
        String contentType = data.pickValue(CONTENT_TYPES);
        boolean partial = data.consumeBoolean();
        byte[] body = data.consumeRemainingAsBytes();
        try {
            BINDER.bind(route, variables, query, Set.of("max", "page"), contentType, body, partial);
        } catch (RestFailure | RpcException refused) {
            // a clear refusal is the expected outcome for bad input
        }
    }
}
