package io.polyport.rest.openapi;

import static io.polyport.rest.openapi.ValueSchemas.arrayOf;
import static io.polyport.rest.openapi.ValueSchemas.typed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.registry.ValueType;
import io.polyport.rest.route.Route;
import io.polyport.rest.route.RouteRole;
import io.polyport.rest.route.RouteTable;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI 3.1 document of the REST routes, generated from the route table and the registry: one operation
 * per route ({@code operationId} is the registry method name, plus {@code /rpc/} routes as {@code <name>.call}),
 * parameters from the method's parameters, schemas from the neutral value types, HTTP Basic and Bearer security,
 * and RFC 9457 problem responses.
 */
public final class OpenApiDocument {
    private static final String PROBLEM = "Problem";
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String OCTET_STREAM = "application/octet-stream";

    /** Model getters that are bookkeeping, not OpenAPI fields. */
    @JsonIgnoreProperties({"exampleSetFlag", "defaultSetFlag", "specVersion", "types", "jsonSchema",
            "jsonSchemaImpl", "booleanSchemaValue"})
    private abstract static class IgnoreBookkeeping {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .addMixIn(Object.class, IgnoreBookkeeping.class)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .build();

    private OpenApiDocument() {
    }

    /** The document as JSON bytes, with the API served at {@code serverUrl} (e.g. {@code /rest}). */
    public static byte[] json(MethodRegistry registry, RouteTable routes, String serverUrl) {
        try {
            return MAPPER.writeValueAsBytes(build(registry, routes, serverUrl));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document model. */
    public static OpenAPI build(MethodRegistry registry, RouteTable routes, String serverUrl) {
        OpenAPI api = new OpenAPI(SpecVersion.V31).openapi("3.1.0")
                .info(new Info().title("Polyport REST API").version("1")
                        .description("Resources derived from the Polyport method registry. Every method is also "
                                + "callable at POST /rpc/{method} with a JSON array or object of parameters."))
                .servers(List.of(new Server().url(serverUrl).description("anonymous or HTTP Basic / Bearer"),
                        new Server().url("/login" + serverUrl).description("authentication required")))
                .components(components())
                .security(List.of(new SecurityRequirement(), new SecurityRequirement().addList("basic"),
                        new SecurityRequirement().addList("bearer")));
        Paths paths = new Paths();
        Set<String> operationIds = new HashSet<>();
        for (Route route : routes.routes()) {
            PathItem item = paths.computeIfAbsent(route.path(), p -> new PathItem());
            String operationId = route.role() == RouteRole.CALL
                    ? route.method().name() + (route.httpMethod().equals("GET") ? ".get" : ".call")
                    : operationIds.contains(route.method().name()) ? route.method().name() + "." + route.httpMethod()
                    : route.method().name();
            operationIds.add(operationId);
            item.operation(PathItem.HttpMethod.valueOf(route.httpMethod()), operation(route, routes, operationId));
        }
        api.paths(paths);
        registry.services().forEach((service, doc) -> api.addTagsItem(new Tag().name(service)
                .description(doc.isEmpty() ? null : doc)));
        return api;
    }

    private static Components components() {
        Schema<Object> error = typed("object");
        error.addProperty("field", typed("string"));
        error.addProperty("message", typed("string"));
        Schema<Object> problem = typed("object");
        problem.addProperty("type", ValueSchemas.formatted("string", "uri-reference"));
        problem.addProperty("title", typed("string"));
        problem.addProperty("status", typed("integer"));
        problem.addProperty("detail", typed("string"));
        problem.addProperty("errors", ValueSchemas.arrayOf(error));
        Components components = new Components()
                .addSchemas(PROBLEM, problem)
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token."));
        for (int status : List.of(400, 401, 403, 404, 406, 409, 412, 413, 415, 428, 429, 500)) {
            ApiResponse response = new ApiResponse().description(description(status))
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            if (status == 401) {
                response.addHeaderObject("WWW-Authenticate", new Header().schema(typed("string")));
            }
            if (status == 429) {
                response.addHeaderObject("Retry-After", new Header().schema(typed("integer"))
                        .description("seconds until the caller may send again"));
            }
            components.addResponses(Integer.toString(status), response);
        }
        return components;
    }

    private static Operation operation(Route route, RouteTable routes, String operationId) {
        MethodDescriptor method = route.method();
        Operation operation = new Operation().operationId(operationId).addTagsItem(method.service())
                .summary(method.name())
                .description(method.doc().isEmpty() ? method.prototype() : method.prototype() + "\n\n" + method.doc());
        List<String> pathVariables = route.pathParameters();
        for (String variable : route.pathVariables()) {
            ParamDescriptor param = param(method, route.parameterFor(variable));
            operation.addParametersItem(new Parameter().in("path").name(variable).required(true)
                    .description(param.doc().isEmpty() ? null : param.doc()).schema(ValueSchemas.param(param)));
        }
        boolean hasBody = !route.httpMethod().equals("GET") && !route.httpMethod().equals("DELETE");
        Set<String> inQuery = new HashSet<>();
        boolean queryCarriesParams = !hasBody || route.binaryParam().isPresent();
        if (queryCarriesParams) {
            for (ParamDescriptor param : method.params()) {
                if (!pathVariables.contains(param.name()) && param.javaType() != byte[].class) {
                    inQuery.add(param.name());
                    operation.addParametersItem(new Parameter().in("query").name(param.name())
                            .required(!param.optional()).description(param.doc().isEmpty() ? null : param.doc())
                            .schema(ValueSchemas.param(param)));
                }
            }
        }
        if (route.role() == RouteRole.LIST) {
            listParameters(operation);
        }
        if (hasBody) {
            operation.requestBody(requestBody(route, pathVariables, inQuery));
        }
        addHeaders(route, operation);
        operation.responses(responses(route, routes));
        return operation;
    }

    private static void listParameters(Operation operation) {
        Schema<Object> page = typed("integer");
        page.setMinimum(BigDecimal.ONE);
        operation.addParametersItem(new Parameter().in("query").name("page").description("1-based page number")
                .schema(page));
        Schema<Object> perPage = typed("integer");
        perPage.setMinimum(BigDecimal.ONE);
        perPage.setMaximum(BigDecimal.valueOf(500));
        perPage.setDefault(50);
        operation.addParametersItem(new Parameter().in("query").name("per_page").description("items per page")
                .schema(perPage));
        operation.addParametersItem(new Parameter().in("query").name("sort")
                .description("comma-separated fields, '-' for descending").schema(typed("string")));
        operation.addParametersItem(new Parameter().in("query").name("fields")
                .description("comma-separated fields to include").schema(typed("string")));
    }

    private static void addHeaders(Route route, Operation operation) {
        boolean conditionalWrite = route.role() == RouteRole.UPDATE || route.role() == RouteRole.DELETE;
        if (conditionalWrite) {
            operation.addParametersItem(new Parameter().in("header").name("If-Match")
                    .description("the ETag you read; required unless the server is configured otherwise")
                    .schema(typed("string")));
        }
        if (route.httpMethod().equals("GET") && route.role() != RouteRole.CALL) {
            operation.addParametersItem(new Parameter().in("header").name("If-None-Match")
                    .schema(typed("string")));
        }
        if (route.httpMethod().equals("POST")) {
            operation.addParametersItem(new Parameter().in("header").name("Idempotency-Key")
                    .description("a retried request with the same key returns the first result")
                    .schema(typed("string")));
        }
    }

    private static RequestBody requestBody(Route route, List<String> pathVariables, Set<String> inQuery) {
        MethodDescriptor method = route.method();
        if (route.binaryParam().isPresent()) {
            return new RequestBody().required(true).content(new Content().addMediaType(OCTET_STREAM,
                    new MediaType().schema(typed("string").contentMediaType(OCTET_STREAM))));
        }
        if (route.role() == RouteRole.CALL) {
            Schema<Object> named = typed("object");
            method.params().forEach(p -> named.addProperty(p.name(), ValueSchemas.param(p)));
            Schema<Object> positional = arrayOf(new Schema<>());
            if (!method.params().isEmpty()) {
                positional.setPrefixItems(method.params().stream().map(p -> (Schema) ValueSchemas.param(p)).toList());
            }
            positional.setMaxItems(method.params().size());
            Schema<Object> either = new Schema<>();
            either.setOneOf(List.of(positional, named));
            return new RequestBody().content(new Content().addMediaType(JSON, new MediaType().schema(either)));
        }
        Schema<Object> object = typed("object");
        for (ParamDescriptor param : method.params()) {
            if (!pathVariables.contains(param.name()) && !inQuery.contains(param.name())) {
                object.addProperty(param.name(), ValueSchemas.param(param)
                        .description(param.doc().isEmpty() ? null : param.doc()));
                if (!param.optional() && !route.httpMethod().equals("PATCH")) {
                    object.addRequiredItem(param.name());
                }
            }
        }
        if (method.params().stream().anyMatch(p -> p.valueType() == ValueType.STRUCT && !p.identifier())) {
            object.additionalProperties(true);
        }
        return new RequestBody().required(true).content(new Content().addMediaType(JSON, new MediaType()
                .schema(object)));
    }

    private static ApiResponses responses(Route route, RouteTable routes) {
        ApiResponses responses = new ApiResponses();
        MethodDescriptor method = route.method();
        Content content = method.returnType() == ValueType.BINARY && route.role() != RouteRole.CALL
                ? new Content().addMediaType(OCTET_STREAM, new MediaType().schema(typed("string")
                        .contentMediaType(OCTET_STREAM)))
                : new Content().addMediaType(JSON, new MediaType()
                        .schema(ValueSchemas.convert(responseSchema(route, routes))));
        switch (route.role()) {
            case LIST -> responses.addApiResponse("200", new ApiResponse().description("one page of "
                    + route.resource()).content(content)
                    .addHeaderObject("Link", new Header().schema(typed("string")))
                    .addHeaderObject("X-Total-Count", new Header().schema(typed("integer"))));
            case CREATE -> responses.addApiResponse("201", new ApiResponse().description("created").content(content)
                    .addHeaderObject("Location", new Header().schema(typed("string"))));
            case DELETE -> responses.addApiResponse("204", new ApiResponse().description("deleted"));
            default -> responses.addApiResponse("200", new ApiResponse().description("success").content(content));
        }
        if (route.httpMethod().equals("GET") && route.role() != RouteRole.CALL) {
            responses.addApiResponse("304", new ApiResponse().description("not modified since the If-None-Match ETag"));
        }
        List<Integer> errors = new java.util.ArrayList<>(List.of(400, 401, 403, 404, 406, 429, 500));
        if (!route.httpMethod().equals("GET")) {
            errors.addAll(List.of(409, 413, 415));
        }
        if (route.role() == RouteRole.UPDATE || route.role() == RouteRole.DELETE) {
            errors.addAll(List.of(412, 428));
        }
        errors.stream().sorted().forEach(status -> responses.addApiResponse(Integer.toString(status),
                new ApiResponse().$ref("#/components/responses/" + status)));
        return responses;
    }

    /**
     * What a route answers with, as {@code RouteExecutor} builds it: a read or a write answers with the item's
     * representation; a list with the items' representations when it lists identifiers the item read expands,
     * else with its own items; parts and {@code /rpc/} calls with the method's result as it is.
     */
    private static Map<String, Object> responseSchema(Route route, RouteTable routes) {
        Map<String, Object> result = ValueSchemas.result(route.method());
        Optional<Map<String, Object>> item = routes.routes().stream()
                .filter(r -> r.role() == RouteRole.READ && r.resource().equals(route.resource())).findFirst()
                .map(read -> ValueSchemas.representation(ValueSchemas.result(read.method())));
        return switch (route.role()) {
            case READ -> ValueSchemas.representation(result);
            case CREATE, UPDATE -> item.orElse(result);
            case LIST -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> listed = result.get("items") instanceof Map<?, ?> items
                        ? (Map<String, Object>) items : Map.of();
                boolean expanded = ValueSchemas.isScalar(listed) && item.isPresent()
                        && "object".equals(item.get().get("type"));
                Map<String, Object> list = new LinkedHashMap<>();
                list.put("type", "array");
                list.put("items", expanded ? item.get() : listed);
                yield list;
            }
            default -> result;
        };
    }

    private static ParamDescriptor param(MethodDescriptor method, String name) {
        return method.params().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static String description(int status) {
        Map<Integer, String> texts = new LinkedHashMap<>();
        texts.put(400, "invalid request or parameters");
        texts.put(401, "authentication required (also for anonymous callers lacking a permission)");
        texts.put(403, "permission denied");
        texts.put(404, "no such resource or method");
        texts.put(406, "the Accept header admits no format this API speaks");
        texts.put(409, "conflicts with the stored state");
        texts.put(412, "If-Match no longer matches the resource");
        texts.put(413, "too large");
        texts.put(415, "unsupported request Content-Type");
        texts.put(428, "If-Match is required");
        texts.put(429, "too many requests from this caller (server.rateLimitPerSecond)");
        texts.put(500, "internal error");
        return texts.get(status);
    }
}
