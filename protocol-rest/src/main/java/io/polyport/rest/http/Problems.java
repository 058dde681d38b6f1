package io.polyport.rest.http;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.error.RpcException.FieldError;
import io.polyport.core.invoke.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail}, and {@code errors}
 * ({@code [{field, message}]}) for validation failures. The invoker's neutral codes map through
 * {@link ErrorCode#httpStatus()}; an anonymous caller denied a permission gets 401 with a challenge, so a client
 * knows that logging in may help.
 */
public final class Problems {
    /** The challenge sent with every 401, the same the gateway sends. */
    public static final String CHALLENGE = "Basic realm=\"polyport\"";
    private static final String TYPE_PREFIX = "urn:polyport:problem:";

    private final RestJson json;

    public Problems(RestJson json) {
        this.json = json;
    }

    /** The problem for a failed call. */
    public RestResponse of(RpcException failure, Caller caller) {
        ErrorCode code = failure.code();
        boolean challenge = code == ErrorCode.UNAUTHENTICATED
                || (code == ErrorCode.PERMISSION_DENIED && !caller.authenticated());
        int status = challenge ? 401 : code.httpStatus();
        String type = TYPE_PREFIX + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
        RestResponse response = build(status, type, failure.getMessage(), failure.fieldErrors());
        return challenge ? response.withHeader("WWW-Authenticate", CHALLENGE) : response;
    }

    /** The problem for an HTTP-level refusal. */
    public RestResponse of(RestFailure failure) {
        RestResponse response = build(failure.status(), "about:blank", failure.getMessage(), failure.errors());
        for (Map.Entry<String, String> header : failure.headers().entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }

    private RestResponse build(int status, String type, String detail, List<FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        if (!errors.isEmpty()) {
            problem.put("errors", errors.stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        return new RestResponse(status, RestResponse.PROBLEM_JSON, json.write(problem), Map.of());
    }

    /** The standard reason phrase of a status. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
