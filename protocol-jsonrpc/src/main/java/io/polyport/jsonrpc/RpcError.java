package io.polyport.jsonrpc;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import java.util.List;

/**
 * A JSON-RPC error object: the wire code, the message and, for validation failures, the invalid fields.
 *
 * @param code        the {@code error.code} on the wire
 * @param message     the {@code error.message}, shown to the client as is
 * @param fieldErrors the invalid fields, sent as {@code error.data} in JSON-RPC 2.0 responses
 */
record RpcError(int code, String message, List<RpcException.FieldError> fieldErrors) {
    /** Trac's code for every failure its XML-RPC side reports as fault code 1. */
    static final int TRAC_GENERIC_CODE = ErrorCode.JSON_RPC_GENERIC_CODE;

    RpcError {
        fieldErrors = List.copyOf(fieldErrors);
    }

    RpcError(int code, String message) {
        this(code, message, List.of());
    }

    /** The wire form of a failed call: the Trac fault code, except that code 1 becomes -32603 as in Trac. */
    static RpcError from(RpcException failure) {
        int faultCode = failure.faultCode();
        String message = failure.getMessage() == null ? failure.code().name() : failure.getMessage();
        return new RpcError(faultCode == 1 ? TRAC_GENERIC_CODE : faultCode, message, failure.fieldErrors());
    }

    /** A body, or part of one, that is not valid JSON or carries an unusable class hint. */
    static RpcError parseError(String detail) {
        return new RpcError(ErrorCode.PARSE_ERROR.faultCode(), "No JSON object could be decoded (" + detail + ")");
    }

    /** A well-formed value that is not a valid request. */
    static RpcError invalidRequest(String detail) {
        return new RpcError(ErrorCode.INVALID_REQUEST.faultCode(), "Invalid Request: " + detail);
    }
}
