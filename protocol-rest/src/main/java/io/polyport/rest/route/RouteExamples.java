package io.polyport.rest.route;

import io.polyport.core.registry.ExampleValues;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.spi.ExampleRequest;
import io.polyport.core.spi.Limits;
import io.polyport.rest.http.RestJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example requests for the docs page: each resource route derived for a method, with its path variables filled
 * from the method's example arguments and the other arguments in the query (GET, DELETE) or a JSON body, then the
 * method's {@code POST /rest/rpc/{method}} call with a positional array.
 */
public final class RouteExamples {
    private static final String MOUNT = "/rest";
    private static final String JSON = "application/json";
    private static final RestJson WRITER = new RestJson(Limits.DEFAULT);

    private RouteExamples() {
    }

    /** The examples of {@code method} over {@code routes}. */
    public static List<ExampleRequest> of(MethodDescriptor method, RouteTable routes) {
        List<Object> arguments = ExampleValues.arguments(method);
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            named.put(method.params().get(i).name(), arguments.get(i));
        }
        List<ExampleRequest> examples = new ArrayList<>();
        for (Route route : routes.routes()) {
            if (route.method() == method && route.role() != RouteRole.CALL && route.binaryParam().isEmpty()) {
                examples.add(resource(route, new LinkedHashMap<>(named)));
            }
        }
        examples.add(new ExampleRequest("REST POST " + MOUNT + "/rpc/{method}", "POST",
                MOUNT + "/rpc/" + method.name(), JSON, text(arguments)));
        return examples;
    }

    private static ExampleRequest resource(Route route, Map<String, Object> arguments) {
        StringBuilder path = new StringBuilder(MOUNT);
        for (String segment : route.template()) {
            path.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                Object value = arguments.remove(route.parameterFor(segment.substring(1, segment.length() - 1)));
                path.append(encode(String.valueOf(value)));
            } else {
                path.append(segment);
            }
        }
        boolean body = !route.httpMethod().equals("GET") && !route.httpMethod().equals("DELETE");
        if (!body) {
            String separator = "?";
            for (ParamDescriptor param : route.method().params()) {
                if (arguments.containsKey(param.name()) && !param.optional()) {
                    path.append(separator).append(encode(param.name())).append('=')
                            .append(encode(String.valueOf(arguments.get(param.name()))));
                    separator = "&";
                }
            }
        }
        return new ExampleRequest("REST " + route.httpMethod() + " " + MOUNT + route.path(), route.httpMethod(),
                path.toString(), body ? JSON : "", body ? text(arguments) : "");
    }

    private static String text(Object value) {
        return new String(WRITER.write(value), StandardCharsets.UTF_8).strip();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
