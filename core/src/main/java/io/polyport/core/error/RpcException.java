package io.polyport.core.error;

import java.util.List;
import java.util.Objects;

/**
 * The one exception services and the invoker throw to fail a call. Its message is shown to the client as is,
 * so it must never contain internals. {@link #fieldErrors()} names invalid fields for validation failures.
 */
public class RpcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One invalid input field and why, for clients that show errors next to fields. */
    public record FieldError(String field, String message) {
    }

    private final ErrorCode code;
    private final transient List<FieldError> fieldErrors;

    public RpcException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public RpcException(ErrorCode code, String message, Throwable cause) {
        this(code, message, List.of(), cause);
    }

    public RpcException(ErrorCode code, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(message, cause, false, cause != null);
        this.code = Objects.requireNonNull(code);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public static RpcException notFound(String message) {
        return new RpcException(ErrorCode.NOT_FOUND, message);
    }

    public static RpcException invalid(String message) {
        return new RpcException(ErrorCode.VALIDATION_FAILED, message);
    }

    public static RpcException invalidField(String field, String message) {
        return new RpcException(ErrorCode.VALIDATION_FAILED, message, List.of(new FieldError(field, message)), null);
    }

    public static RpcException conflict(String message) {
        return new RpcException(ErrorCode.CONFLICT, message);
    }

    public static RpcException permissionDenied(String action, String what) {
        return new RpcException(ErrorCode.PERMISSION_DENIED, action + " privileges are required to perform this operation"
                + (what == null ? "" : " on " + what) + ". You don't have the required permissions.");
    }
}
