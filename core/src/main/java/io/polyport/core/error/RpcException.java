package io.polyport.core.error;

import java.util.List;
import java.util.Objects;

/**
 * The one exception services and the invoker throw to fail a call. Its message is shown to the client as is,
 * so it must never contain internals. {@link #fieldErrors()} names invalid fields for validation failures.
 * {@link #faultCode()} is the code the RPC protocols send: the {@link ErrorCode}'s, unless a service that speaks
 * another API's dialect chose its own with {@link #withFaultCode(int)} (Patchwork sends 1 for every fault).
 */
public class RpcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One invalid input field and why, for clients that show errors next to fields. */
    public record FieldError(String field, String message) {
    }

    private final ErrorCode code;
    private final transient List<FieldError> fieldErrors;
    private final Integer faultCode;

    public RpcException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public RpcException(ErrorCode code, String message, Throwable cause) {
        this(code, message, List.of(), cause);
    }

    public RpcException(ErrorCode code, String message, List<FieldError> fieldErrors, Throwable cause) {
        this(code, message, fieldErrors, cause, null);
    }

    private RpcException(ErrorCode code, String message, List<FieldError> fieldErrors, Throwable cause,
                         Integer faultCode) {
        super(message, cause, false, cause != null);
        this.code = Objects.requireNonNull(code);
        this.fieldErrors = List.copyOf(fieldErrors);
        this.faultCode = faultCode;
    }

    public ErrorCode code() {
        return code;
    }

    /** The fault code XML-RPC (and JSON-RPC, mapped as Trac does) sends for this failure. */
    public int faultCode() {
        return faultCode != null ? faultCode : code.faultCode();
    }

    /**
     * The same failure with the fault code {@code faultCode} on the RPC protocols; its {@link #code()}, and so
     * the HTTP status of resource protocols, stays.
     */
    public RpcException withFaultCode(int faultCode) {
        return new RpcException(code, getMessage(), fieldErrors, getCause(), faultCode);
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
