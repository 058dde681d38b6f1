package io.polyport.core.error;

/**
 * Protocol-neutral reasons a call can fail. Each protocol maps them to its wire form; {@link #faultCode()} is
 * the code the Trac RPC family (XML-RPC faults, JSON-RPC errors) uses and {@link #httpStatus()} the status a
 * resource-oriented protocol answers with; {@link #description()} says what each means.
 */
public enum ErrorCode {
    PARSE_ERROR(-32700, 400, "The request body could not be parsed."),
    INVALID_REQUEST(-32600, 400, "The request parsed but is not a valid call (no method name, wrong envelope)."),
    METHOD_NOT_FOUND(-32601, 404, "No method of that name."),
    INVALID_PARAMS(-32602, 400, "Wrong number or types of arguments."),
    UNAUTHENTICATED(401, 401, "The caller must authenticate first."),
    PERMISSION_DENIED(403, 403, "The caller lacks a permission."),
    NOT_FOUND(404, 404, "The addressed resource does not exist."),
    CONFLICT(409, 409, "The change conflicts with the stored state (stale version, duplicate name)."),
    PRECONDITION_FAILED(412, 412, "A precondition the client sent (a version it expects) no longer holds."),
    LIMIT_EXCEEDED(413, 413, "A size or count limit was exceeded."),
    RATE_LIMITED(429, 429, "The caller sent more requests than its rate limit allows; it may retry later."),
    UNAVAILABLE(503, 503, "The server cannot reach its database for now; nothing was changed, retry later."),
    VALIDATION_FAILED(1, 400,
            "The arguments were well-formed but the service refused them (empty summary, invalid field value)."),
    INTERNAL(1, 500, "Anything unexpected. The message never carries internals.");

    /** Trac's JSON-RPC code for every failure its XML-RPC side reports as fault code 1. */
    public static final int JSON_RPC_GENERIC_CODE = -32603;

    private final int faultCode;
    private final int httpStatus;

    private final String description;

    ErrorCode(int faultCode, int httpStatus, String description) {
        this.faultCode = faultCode;
        this.httpStatus = httpStatus;
        this.description = description;
    }

    /** What the condition means, one sentence for documents and the docs page. */
    public String description() {
        return description;
    }

    /** The XML-RPC fault code Trac's RPC plugin uses for this condition. */
    public int faultCode() {
        return faultCode;
    }

    /**
     * The {@code error.code} of a JSON-RPC response: the fault code, except that Trac's generic fault code 1
     * becomes -32603 (JSON-RPC's internal error), as Trac's JSON-RPC answers it.
     */
    public int jsonRpcCode() {
        return faultCode == 1 ? JSON_RPC_GENERIC_CODE : faultCode;
    }

    /** The HTTP status a resource-oriented protocol answers with. */
    public int httpStatus() {
        return httpStatus;
    }
}
