package io.polyport.core.error;

/**
 * Protocol-neutral reasons a call can fail. Each protocol maps them to its wire form; {@link #faultCode()} is
 * the code the Trac RPC family (XML-RPC faults, JSON-RPC errors) uses and {@link #httpStatus()} the status a
 * resource-oriented protocol answers with.
 */
public enum ErrorCode {
    /** The request body could not be parsed. */
    PARSE_ERROR(-32700, 400),
    /** The request parsed but is not a valid call (no method name, wrong envelope). */
    INVALID_REQUEST(-32600, 400),
    /** No method of that name. */
    METHOD_NOT_FOUND(-32601, 404),
    /** Wrong number or types of arguments. */
    INVALID_PARAMS(-32602, 400),
    /** The caller must authenticate first. */
    UNAUTHENTICATED(401, 401),
    /** The caller lacks a permission. */
    PERMISSION_DENIED(403, 403),
    /** The addressed resource does not exist. */
    NOT_FOUND(404, 404),
    /** The change conflicts with the stored state (stale version, duplicate name). */
    CONFLICT(409, 409),
    /** A precondition the client sent (a version it expects) no longer holds. */
    PRECONDITION_FAILED(412, 412),
    /** A size or count limit was exceeded. */
    LIMIT_EXCEEDED(413, 413),
    /** The caller sent more requests than its rate limit allows; it may retry later. */
    RATE_LIMITED(429, 429),
    /** The arguments were well-formed but the service refused them (empty summary, invalid field value). */
    VALIDATION_FAILED(1, 400),
    /** Anything unexpected. The message never carries internals. */
    INTERNAL(1, 500);

    private final int faultCode;
    private final int httpStatus;

    ErrorCode(int faultCode, int httpStatus) {
        this.faultCode = faultCode;
        this.httpStatus = httpStatus;
    }

    /** The XML-RPC fault code Trac's RPC plugin uses for this condition. */
    public int faultCode() {
        return faultCode;
    }

    /** The HTTP status a resource-oriented protocol answers with. */
    public int httpStatus() {
        return httpStatus;
    }
}
